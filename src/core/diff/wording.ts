// How much the wording of a clause changed, measured on words as a reader compares them: lower-cased, accents and
// markup left out, British and American spellings made one ("licence"/"license", "personalisation"/"personalization")
// and word endings stemmed ("shares", "shared", "sharing" → "shar"). Two texts that say the same in other words differ
// by few of these stems; a new purpose, party or condition brings new ones.
import { diffArrays } from 'diff';
import { FUNCTION_WORDS, LEXICON_LISTS, USER_SUPPLIES_VERBS } from '../analyze/lexicon';
import { comparableText } from '../normalize/comparable';
import { tokens } from './similarity';

const FUNCTION = new Set(FUNCTION_WORDS);
// "not", "never", "no" …, the French negations, and "non" of a word negated apart ("non-exclusive": hyphens are spaces
// by then), so that "an exclusive licence" → "a non-exclusive licence" is never the same wording.
const NEGATION = new Set([...(LEXICON_LISTS.Negative ?? []), 'ne', 'n', 'pas', 'aucun', 'aucune', 'jamais', 'non']);

/** One spelling for the British and American forms of a word (applied to both sides, so it never needs to be English). */
export function oneSpelling(word: string): string {
  return (
    word
      // personalise/personalize, organisation/organization, analyse/analyze
      .replace(/(?<=\w{2})is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
      .replace(/\Bys(e|ed|es|ing)$/, 'yz$1')
      // colour/color, behaviour/behavior (long words only: "your", "four", "hour" stay)
      .replace(/(?<=\w{3})our(s|ed|ing|able|ite|ites)?$/, 'or$1')
      // centre/center, licence/license, defence/defense, catalogue/catalog, judgement/judgment, programme/program
      .replace(/(?<=[^aeiou])tre(s|d)?$/, 'ter$1')
      .replace(/^(lic|def|off|pret)enc/, '$1ens')
      .replace(/ogue(s)?$/, 'og$1')
      .replace(/^judgement/, 'judgment')
      .replace(/^programme/, 'program')
      // cancelled/canceled, enrolment/enrollment
      .replace(/ll/g, 'l')
  );
}

/** A light stem: the plural, past and gerund endings of English, and a final "e", cut off. */
function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

// A cross-reference to another clause ("in accordance with clause 3.2", "see Section 4"): numbering is layout, and
// the clause it points to is compared where it stands.
const REFERENCE =
  /\b(?:(?:in accordance with|pursuant to|as set out in|as described in|under|see)\s+)?(?:clause|section|article|paragraph)\s+\d+(?:\.\d+)*\b/g;

// Where on the page a passage sits, named by its layout ("set out in the table below" → "set out below"): a table
// turned into a list moves nothing the terms say.
const PAGE_PLACE = /\b(?:in|within)\s+the\s+(?:following\s+)?(?:table|chart)\s+(?=(?:below|above)\b)/g;

// A right kept in one of its idioms: "we will have the right to", "shall have the right to", "reserves the right to" all
// say the same as "reserve the right to" (a modal before "have the right" is part of the idiom, not a condition).
const RIGHT_RESERVED = /\b(?:(?:will|shall) have|reserves|retains?) the right\b/g;

/**
 * Lower-cased text without accents, cross-references, layout places (PAGE_PLACE) or contractions ("isn't" → "is not",
 * "e-mail" → "email"), with a right kept said one way (RIGHT_RESERVED).
 */
function plainText(text: string): string {
  return (
    comparableText(text)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\be[\s-]+mail/g, 'email')
      .replace(REFERENCE, ' ')
      .replace(PAGE_PLACE, ' ')
      .replace(RIGHT_RESERVED, 'reserve the right')
      // comparableText leaves the apostrophe of a contraction as a space: "isn t".
      .replace(/\bcan t\b/g, 'can not')
      .replace(/\bwon t\b/g, 'will not')
      .replace(/(?<=\p{L})n t\b/gu, ' not')
  );
}

function plainWords(text: string): string[] {
  return tokens(plainText(text));
}

/** The text's words as they are compared for wording (see the head of this file). */
export function wordingStems(text: string): string[] {
  return plainWords(text).map((w) => stem(oneSpelling(w)));
}

/** What a clause's wording is measured by. */
export interface Wording {
  /** Every word, lower-cased and plain (see plainText), in order. */
  words: string[];
  /** Stems of every word, in order. */
  stems: string[];
  /** Stems of the words that carry a term (FUNCTION_WORDS left out). */
  content: string[];
  /** The numbers it says, in order ("30", "1.5", "400143"). */
  numbers: string[];
  /** How many negations it says. */
  negations: number;
}

/** Whether a word (as in Wording.words) carries no term of its own (FUNCTION_WORDS). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION.has(word);
}

export function wordingOf(text: string): Wording {
  const plain = plainText(text);
  const words = tokens(plain);
  const stems = words.map((w) => stem(oneSpelling(w)));
  return {
    words,
    stems,
    content: stems.filter((_, i) => !FUNCTION.has(words[i]!)),
    numbers: plain.match(/\d+(?:[.,]\d+)*/g) ?? [],
    negations: words.filter((w) => NEGATION.has(w)).length,
  };
}

/** The number of stems in one multiset and not in the other, both ways: 0 when only the order changed. */
export function stemsChanged(before: readonly string[], after: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of before) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of after) counts.set(w, (counts.get(w) ?? 0) - 1);
  let changed = 0;
  for (const n of counts.values()) changed += Math.abs(n);
  return changed;
}

/** The distinct stems in one text and not in the other, both ways: none when only repetitions changed. */
function distinctChanged(before: readonly string[], after: readonly string[]): string[] {
  const b = new Set(before);
  const a = new Set(after);
  return [...[...b].filter((w) => !a.has(w)), ...[...a].filter((w) => !b.has(w))];
}

/** Whether every word both texts say is said as often or less often by `after`. */
function onlyRepeatsDropped(before: readonly string[], after: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const w of before) counts.set(w, (counts.get(w) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const w of after) seen.set(w, (seen.get(w) ?? 0) + 1);
  for (const [w, n] of seen) if (counts.has(w) && n > counts.get(w)!) return false;
  return true;
}

/** Whether a run of words was dropped where another came in: a swap ("privacy@" → "legal@"), not a repeat let go. */
function replacedInPlace(before: readonly string[], after: readonly string[]): boolean {
  const parts = diffArrays([...before], [...after]);
  return parts.some((p, i) => {
    const next = parts[i + 1];
    return next !== undefined && ((p.removed && next.added) || (p.added && next.removed));
  });
}

/** Stems of the verbs that say data is the user's ("the information you provide"). */
const USER_SUPPLIES: ReadonlySet<string> = new Set(USER_SUPPLIES_VERBS.flatMap(wordingStems));

/** A wording edit changes at most this many words that carry a term (one inserted or one dropped, never a swap). */
const MAX_CONTENT_CHANGED = 1;
/** …or only repeats words the clause says anyway (a defined term dropped, "Acme Secure Home" said once less). */
const MAX_REPEATS_CHANGED = 3;

/**
 * Whether two texts of a clause say the same in slightly other words: the same numbers and negations, and their
 * words that carry a term differ by one at most (spelling, a function word, "par exemple" → "tels que", "the terms
 * of this Agreement" → "these Terms"), or only by how often they repeat words both say (`strict`: only that). Whether
 * the clause's rights stayed the same is for the caller (same-effect.ts) to check.
 */
export function slightlyReworded(before: string, after: string, strict = false): boolean {
  const b = wordingOf(before);
  const a = wordingOf(after);
  if (b.negations !== a.negations || b.numbers.join(' ') !== a.numbers.join(' ')) return false;
  const changed = stemsChanged(b.content, a.content);
  const distinctWords = distinctChanged(b.content, a.content);
  const distinct = distinctWords.length;
  // `strict`: no word that carries a term may come or go at all, only repeats of words both say.
  if (strict) return changed <= MAX_REPEATS_CHANGED && distinct === 0;
  if (changed <= MAX_CONTENT_CHANGED || (changed <= MAX_REPEATS_CHANGED && distinct === 0)) return true;
  // One word come or gone, and repeats dropped of words both say: "the value of your information, we consider the
  // value of your information" → "the value of the information you provide, we consider the value". A word said
  // once more may be said of something new ("these Services" → "these Services such as the Trading Services"), and so
  // may any word but one that says the data is the user's ("your information … your information" → "your health
  // information"): only USER_SUPPLIES_VERBS may come or go.
  return (
    distinct <= MAX_CONTENT_CHANGED &&
    distinctWords.every((w) => USER_SUPPLIES.has(w)) &&
    changed <= distinct + MAX_REPEATS_CHANGED &&
    onlyRepeatsDropped(b.content, a.content) &&
    !replacedInPlace(b.content, a.content)
  );
}
