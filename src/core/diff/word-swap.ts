// A word or two replaced by others that carry no term of their own: "customers can appoint an authorised agent" →
// "customers can assign an authorised agent". Such a swap says the same; a swap that touches a modal, a quantifier, a
// party, a kind of data, an action on data, consent, money, liability, time or a number (bearing.ts) can change a
// right, and is never taken for one.
import { bearingStems, nameStems } from './bearing';
import { wordingOf } from './wording';

/** At most this many words replaced, on either side: a phrase reworded, not a sentence rewritten. */
const MAX_SWAPPED = 2;

/** One or two words replaced by one or two others (stems), none of them a word that can bear a term or a name. */
export function isPlainSwapOf(
  dropped: readonly string[],
  added: readonly string[],
  names: ReadonlySet<string>,
): boolean {
  if (!dropped.length || !added.length || dropped.length > MAX_SWAPPED || added.length > MAX_SWAPPED) return false;
  const bearing = bearingStems();
  return [...dropped, ...added].every((w) => !bearing.has(w) && !names.has(w));
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
