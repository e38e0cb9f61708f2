// A word or two replaced by others that carry no term of their own: "customers can appoint an authorised agent" →
// "customers can assign an authorised agent". Such a swap says the same; a swap that touches a modal, a quantifier, a
// party, a kind of data, an action on data, consent, money, liability, time, a number, or how far a clause reaches
// (scope, precision, significance, identifiability, duration: bearing.ts) can change a right, and is never taken for
// one; nor is a word swapped for its own negation ("restricted" → "unrestricted").
import { bearingStems, nameStems } from './bearing';
import { wordingOf } from './wording';

/** At most this many words replaced, on either side: a phrase reworded, not a sentence rewritten. */
const MAX_SWAPPED = 2;

// The prefixes and suffixes that negate a word: "restricted"/"unrestricted", "exclusive"/"nonexclusive" (hyphens are
// spaces by then, so "non-exclusive" is two words, and "non" a word of its own), "revocable"/"irrevocable",
// "harmful"/"harmless".
const NEGATING_PREFIX = /^(?:un|in|im|ir|il|non|dis)(?=\p{L}{3})/u;
const NEGATING_SUFFIX = /(?<=\p{L}{3})(?:less|ful)$/u;

/** Whether two stems are one word and its negation ("limit"/"unlimit", "harmful"/"harmless", "care"/"careless"). */
function negates(a: string, b: string): boolean {
  if (a === b) return false;
  return (
    a.replace(NEGATING_PREFIX, '') === b ||
    b.replace(NEGATING_PREFIX, '') === a ||
    a.replace(NEGATING_SUFFIX, '') === b.replace(NEGATING_SUFFIX, '')
  );
}

/**
 * One or two words replaced by one or two others (stems), none of them a word that can bear a term or a name, nor the
 * negation of another.
 */
export function isPlainSwapOf(
  dropped: readonly string[],
  added: readonly string[],
  names: ReadonlySet<string>,
): boolean {
  if (!dropped.length || !added.length || dropped.length > MAX_SWAPPED || added.length > MAX_SWAPPED) return false;
  const bearing = bearingStems();
  if ([...dropped, ...added].some((w) => bearing.has(w) || names.has(w) || w === 'non')) return false;
  return !dropped.some((d) => added.some((a) => negates(a, d)));
}

/** The words of `from` not matched in `to`, counted as a multiset. */
function missing(from: readonly string[], to: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of to) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of from) {
    const n = counts.get(w) ?? 0;
    if (n > 0) counts.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

/**
 * Whether two texts of a clause differ only by one or two words replaced by one or two others (function words aside),
 * none of them a word that can bear a term or a name, with the same numbers and negations. A word only added or only dropped is
 * not a swap (wording.ts judges those). Whether the clause's rights stayed the same is for the caller to check.
 */
export function onlyPlainWordsSwapped(before: string, after: string): boolean {
  const b = wordingOf(before);
  const a = wordingOf(after);
  if (b.negations !== a.negations || b.numbers.join(' ') !== a.numbers.join(' ')) return false;
  const names = new Set([...nameStems(before), ...nameStems(after)]);
  return isPlainSwapOf(missing(b.content, a.content), missing(a.content, b.content), names);
}
