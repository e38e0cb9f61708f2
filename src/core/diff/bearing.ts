// The words that can bear a term, as the change reports compare them (wording stems): every word of the analyser's
// lexicon (parties, kinds of data, actions on data, negations, licence breadth, periods), MEANING_WORDS (modals,
// quantifiers, conjunctions, consent, money, liability, time), DEGREE_WORDS (scope, precision, significance,
// identifiability, duration, obligation, frequency), numbers written as words, the words that make a number
// a limit or set an order (LIMIT_WORDS: "under", "first"), and the parties of a contract named by their role. A rewording that gains or
// loses one of these can change a right; only words outside them are plain.
import {
  CONTRACT_PARTIES,
  DEGREE_WORDS,
  LEXICON_LISTS,
  LIMIT_WORDS,
  MEANING_WORDS,
  NUMBER_WORDS,
} from '../analyze/lexicon';
import { wordingOf, wordingStems } from './wording';

let bearing: ReadonlySet<string> | null = null;

/** The stems of every word that can bear a term (built once: the lexicon is large). */
export function bearingStems(): ReadonlySet<string> {
  bearing ??= new Set(
    [
      ...Object.values(LEXICON_LISTS).flat(),
      ...MEANING_WORDS,
      ...Object.values(DEGREE_WORDS).flat(),
      ...NUMBER_WORDS,
      ...LIMIT_WORDS,
      ...CONTRACT_PARTIES,
    ]
      // A multi-word entry ("service providers") makes each of its words bearing: a rewording that breaks it up
      // changes it.
      .flatMap(wordingStems),
  );
  return bearing;
}

/**
 * The stems of the capitalised words a text says past its first word: names ("Acme TV" → "Cable TV" is another
 * service, or a rename, which renames.ts judges with its notice), never a plain synonym.
 */
export function nameStems(text: string): Set<string> {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(1).flatMap((w) => (/^\p{Lu}/u.test(w) ? wordingStems(w) : [])));
}

let reach: ReadonlySet<string> | null = null;

/**
 * The stems of the words that set how far a clause reaches and that the analyser does not read (MEANING_WORDS,
 * DEGREE_WORDS, LIMIT_WORDS, numbers written as words): one of them added or dropped leaves its findings as they were
 * while the right widens or narrows. The analyser's own lexicon words are left to its findings.
 */
function reachStems(): ReadonlySet<string> {
  reach ??= new Set(
    [...MEANING_WORDS, ...Object.values(DEGREE_WORDS).flat(), ...NUMBER_WORDS, ...LIMIT_WORDS].flatMap(wordingStems),
  );
  return reach;
}

/**
 * Whether a word that sets how far a clause reaches (reachStems) is said in one text and not in the other, counted as
 * a multiset: "We delete your messages" → "We delete all your messages", "your location" → "your precise location".
 */
export function changesReachWord(before: string, after: string): boolean {
  const counts = new Map<string, number>();
  for (const w of wordingOf(before).content) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of wordingOf(after).content) counts.set(w, (counts.get(w) ?? 0) - 1);
  const words = reachStems();
  return [...counts].some(([w, n]) => n !== 0 && words.has(w));
}
