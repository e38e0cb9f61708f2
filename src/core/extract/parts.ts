// How a streamed extraction (extract-document.ts: ExtractionStream) cuts a page into parts; a file of its own so the
// background reads the bound without bundling the extractor.

/** Clauses per streamed part after the first, about 130 KB of text on a long page. */
export const PART_CLAUSES = 500;
/**
 * The first part is the page's start up to the first checkpoint past this much text: what the analysis options read of
 * a document's start (its language from 5,000 characters, the first party's name from 6,000: analyze/first-party.ts).
 * No more, so the worker starts while the page reads the next part.
 */
export const FIRST_PART_CHARS = 6000;
