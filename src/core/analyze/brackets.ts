// Where a word sits inside brackets, for the readers that treat a bracketed aside apart from the clause around it
// (actor.ts: a user named in an aside takes no right; stance.ts: a negation in an aside negates nothing).

/**
 * The brackets around text[start, end): the last "(" before it with no ")" between, and the first ")" after it; null
 * when either is missing.
 */
export function bracketsAround(text: string, start: number, end: number): { open: number; close: number } | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return null;
  const close = text.indexOf(')', end);
  return close < 0 ? null : { open, close };
}
