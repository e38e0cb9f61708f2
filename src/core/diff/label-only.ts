// A leading section label joined to a sentence in one version only ("5.5.1 Legitimate Business Interests. We may
// retain …" against "We may retain …") is layout. A leading condition ("With your consent, we share …" → "We share …")
// is a term: only a start that reads as a label counts.
import type { Clause } from '../types';
import { clauseKey } from './align';
import { sectionTitle } from './section';

/** Small words a Title Case label leaves in lower case ("Use of Cookies:"). */
const TITLE_SMALL_WORDS = new Set(
  'a an and as at by for from in of on or the to with & de des du et la le les'.split(' '),
);

/**
 * Whether the two texts differ only by a leading section label: numbered ("5.5.1 …", "2) …"), in capitals, followed
 * by a sentence that starts with a capital, or in Title Case ending in "." or ":". A start that ends in a comma is a
 * condition or a lead-in, never a label.
 */
export function onlyLabelChanged(before: string, after: string): boolean {
  return leadingLabel(before, after) !== null;
}

/** The label onlyLabelChanged finds, as written; null when the texts differ otherwise. */
function leadingLabel(before: string, after: string): string | null {
  const b = clauseKey(before);
  const a = clauseKey(after);
  const [short, long, longText] = b.length <= a.length ? [b, a, after] : [a, b, before];
  if (!short || !long.endsWith(short) || long === short) return null;
  const words = longText.trim().split(/\s+/);
  // The label as written: the fewest leading words whose removal leaves the shorter text (at most 8 words).
  for (let i = 1; i <= Math.min(8, words.length - 1); i++) {
    if (clauseKey(words.slice(i).join(' ')) === short)
      return looksLikeLabel(words.slice(0, i), words[i]!) ? words.slice(0, i).join(' ') : null;
  }
  return null;
}

/**
 * Whether the two clauses differ only by a leading label that is a heading either one sits under (titles compared
 * without their numbers): the same sentence under the same heading, shown run in or apart. The analyser reads the
 * heading's words when they are run in ("Interest-Based Advertising Choices: You also have choices …"), so the
 * findings may differ; the sentence, and what it says, did not change.
 */
export function labelIsHeading(before: Clause, after: Clause): boolean {
  const label = leadingLabel(before.text, after.text);
  if (label === null) return false;
  const title = sectionTitle(label);
  return !!title && [...before.sectionPath, ...after.sectionPath].some((h) => sectionTitle(h) === title);
}

/** `next`: the word after the label, as written. */
function looksLikeLabel(words: readonly string[], next: string): boolean {
  const label = words.join(' ');
  if (label.length >= 60 || /,$/.test(label)) return false;
  if (/^[([]?\d/.test(label)) return true;
  const letters = label.replace(/\P{L}/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return true;
  // A heading run into its first sentence ("Data Security We protect …"): the sentence starts anew with a capital,
  // where a condition runs on in lower case ("Customers that subscribe …, services may …").
  // A heading does not end on a small word: "Partners of Acme may …" is the subject of the sentence, not a label.
  if (
    /^\p{Lu}/u.test(label) &&
    /^[^\p{L}\p{N}]{0,3}[\p{Lu}\p{N}]/u.test(next) &&
    !TITLE_SMALL_WORDS.has(trimToWord(words[words.length - 1]!).toLowerCase())
  )
    return true;
  if (!/[.:]$/.test(label)) return false;
  return words.every((w, i) => {
    const bare = trimToWord(w);
    return !bare || /^[\p{Lu}\p{N}]/u.test(bare) || (i > 0 && TITLE_SMALL_WORDS.has(bare.toLowerCase()));
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word without the punctuation around it (read by index: no regex run to backtrack over). */
function trimToWord(w: string): string {
  const chars = [...w];
  let start = 0;
  let end = chars.length;
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++;
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}
