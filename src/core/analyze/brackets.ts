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

/** A bracketed aside of a few words, with no bracket inside it. */
const ASIDE = /\([^()\n]{1,160}\)/g;

/**
 * The text with each bracketed aside (brackets included) blanked out by spaces, so that every offset into it is one into
 * `text`; null when it has none. The matcher reads it when the text itself matched nothing: an aside between an act and
 * its recipient ("We share your name (and, with your consent, your contacts) with our partners") hides the act from a
 * pattern whose gap stops at the aside's own "with". What the aside says is still read from `text` (stance.ts).
 */
export function blankAsides(text: string): string | null {
  if (!text.includes('(')) return null;
  let blanked = false;
  const out = text.replace(ASIDE, (m) => {
    blanked = true;
    return ' '.repeat(m.length);
  });
  return blanked ? out : null;
}
