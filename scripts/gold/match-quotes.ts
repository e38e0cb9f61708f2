// Finds the unit (extracted clause) a label's quote points to. compile-labels.ts writes a quote that occurs once in
// the document (occurrence 0), or, for a unit whose whole text is repeated, that text and its rank among the units
// with exactly that text (occurrence k). So: the one unit containing the quote; else the k-th unit equal to it.

export type QuoteMatch = { index: number } | { index: null; why: 'missing' | 'ambiguous' };

export function locateQuote(texts: readonly string[], quote: string, occurrence: number): QuoteMatch {
  const containing: number[] = [];
  for (const [i, t] of texts.entries()) if (t.includes(quote)) containing.push(i);
  if (containing.length === 0) return { index: null, why: 'missing' };
  if (containing.length === 1) return occurrence === 0 ? { index: containing[0]! } : { index: null, why: 'missing' };
  const equal = containing.filter((i) => texts[i] === quote);
  const hit = equal[occurrence];
  if (hit !== undefined) return { index: hit };
  return { index: null, why: equal.length ? 'missing' : 'ambiguous' };
}
