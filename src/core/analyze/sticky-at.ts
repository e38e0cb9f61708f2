// Readings stepped in code by small sticky regexes (flag y) put at chosen places, instead of one regex with a gap, an
// alternation of the reader's names or a look-behind: recheck proves each step linear, and a reader's name or a lead
// word can be added to a step without a polynomial regex (actor.ts userDuties, rules/content-licence.ts).

/** Where each word starts (a `\b` before a word character). */
export const WORD_START = /\b\w/g;

/** Where the sticky `re` matches at `at`, the end of its match, or -1. */
export function endAt(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex : -1;
}

/** Word starts stepped from a chosen place (endsAt, startsBefore); one regex, its lastIndex set at each call. */
const STARTS = new RegExp(WORD_START.source, 'g');

/**
 * Each word start within `within` characters before `at` from which the sticky `re` matches and ends at `at`: a
 * look-behind `(?<=\b…)` read in code. `re` should end where its match must (a separator it consumes), as a
 * look-behind's would.
 */
export function startsBefore(re: RegExp, s: string, at: number, within: number): number[] {
  const out: number[] = [];
  STARTS.lastIndex = Math.max(0, at - within);
  const starts: number[] = [];
  for (let w = STARTS.exec(s); w && w.index < at; w = STARTS.exec(s)) starts.push(w.index);
  for (const w of starts) if (endAt(re, s, w) === at) out.push(w);
  return out;
}

/** The sticky `re` matches from a word's start within `within` characters before `at` and ends at `at` (startsBefore). */
export function endsAt(re: RegExp, s: string, at: number, within: number): boolean {
  return startsBefore(re, s, at, within).length > 0;
}
