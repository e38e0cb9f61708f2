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

/** Where an aside opens and closes in the text. */
export interface AsideSpan {
  open: number;
  close: number;
}

/**
 * The text with each bracketed aside (brackets included) blanked out by spaces, so that every offset into it is one into
 * `text`, and where each aside stands; null when it has none. An aside holds a space: a plural or a list letter ("the
 * account(s)", "item (a)") is part of its word, and blanked it would join the words around it. The matcher reads the
 * blanked text when the text itself matched nothing (engine.ts); what the aside says is still read from `text`.
 */
export function blankAsides(text: string): { text: string; spans: AsideSpan[] } | null {
  if (!text.includes('(')) return null;
  const spans: AsideSpan[] = [];
  const out = text.replace(ASIDE, (m, offset: number) => {
    if (!/\s/.test(m)) return m;
    spans.push({ open: offset, close: offset + m.length - 1 });
    return ' '.repeat(m.length);
  });
  return spans.length ? { text: out, spans } : null;
}
