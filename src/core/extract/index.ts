// Public entry of the extractor: legal text of a page, clause by clause, with a way back into the DOM.
export {
  extractDocument,
  extractDocumentInSlices,
  locateInBlock,
  FIRST_PART_CHARS,
  partClausesOf,
  type Extraction,
  type ExtractedBlock,
  type ExtractionHead,
  type ExtractionPart,
  type ExtractionStream,
} from './extract-document';
export type { SliceOptions } from './stepping';
export { splitSentences, type Span } from './split-sentences';
export { detectLanguage, guessLanguage } from './detect-language';
