// A file of its own so that whoever grades a stored text (core/report) counts its words without the extractor.

/** Words of single-spaced text (what extracted blocks and clauses are). */
export function countWords(text: string): number {
  let n = 0;
  for (let k = text.indexOf(' '); k >= 0; k = text.indexOf(' ', k + 1)) n++;
  return text.length > 0 ? n + 1 : 0;
}
