// How a streamed extraction (extract-document.ts: ExtractionStream) cuts a page into parts; a file of its own so the
// background reads the bound without bundling the extractor.

/** Clauses per streamed part once the stream is under way, about 130 KB of text on a long page. */
export const PART_CLAUSES = 500;

/**
 * Clauses in part `seq` ≥ 1: 64, 128, 256, then `most`. Short parts first, so the worker, done with the small first
 * part, soon has the next instead of waiting for 500 more clauses to be read; long parts later, where the page reads
 * faster than the worker analyses and a part's fixed costs (packing, checks, messages) are better paid once.
 */
export function partClausesOf(seq: number, most: number = PART_CLAUSES): number {
  return Math.min(most, 32 * 2 ** Math.min(seq, 10));
}
/**
 * The first part is the page's start up to the first checkpoint past this much text: what the analysis options read of
 * a document's start (its language from 5,000 characters, the first party's name from 6,000: analyze/first-party.ts).
 * No more, so the worker starts while the page reads the next part.
 */
export const FIRST_PART_CHARS = 6000;
