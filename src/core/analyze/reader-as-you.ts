// The reader named by its role as the subject of a choice, read as "you" by the stance readers. "Users can decide
// whether their content is used to train our models", "Customers may opt out of …", "If the user opts out, …" take
// the same condition as "you can decide …", "you may opt out …" (GUIDE: conditional whoever the reader is called),
// but stance.ts spells the reader "you" in most of its readings: one rewrite here spares every one of them a copy of
// the roles. stance.ts decideStance applies it to ai_training only (see there).
import { READER_ROLES, ROLE_OWNERS } from './lexicon';
import { wordsPattern } from './word-pattern';

/** Singular verbs after "the user" written as after "you" ("the user opts" → "you opt"). */
const PLURAL_OF: Readonly<Record<string, string>> = { has: 'have', is: 'are', does: 'do', doesn: 'don', was: 'were' };
/** Verbs of the reader's choice or leave, and the auxiliaries before them. */
const CHOICE_VERBS = [
  'can',
  'may',
  'could',
  'might',
  'will',
  'would',
  'shall',
  'have',
  'are',
  'do',
  'don',
  'were',
  'opt',
  'choose',
  'decide',
  'elect',
  'object',
  'consent',
  'agree',
  'want',
  'wish',
  'prefer',
  'turn',
  'switch',
  'toggle',
  'disable',
  'enable',
  'withdraw',
  'request',
  'ask',
  'authorize',
  'authorise',
  'allow',
  'decline',
  'refuse',
  'give',
  'grant',
  'select',
  'accept',
];
const THIRD_PERSON = Object.keys(PLURAL_OF).join('|');
/** A role alone ("users", "Customer"); what stands around it is read apart, every regex linear. */
const ROLE = new RegExp(String.raw`\b(?:${wordsPattern(READER_ROLES)})(s?)\b(?![’'])`, 'gi');
/** …then its verb, with an adverb between: "can", "may also", "opts", "has". */
const VERB_AFTER = new RegExp(
  String.raw`^ +(?:(also|still|always|then|now|only|first) +)?(${wordsPattern(CHOICE_VERBS)}|${THIRD_PERSON}|(?:${wordsPattern(CHOICE_VERBS.slice(12))})(?:s|es))\b`,
  'i',
);
/** …and a determiner before it, as the last word before: "the user", "each member". */
const DETERMINER = /^(?:the|each|every|a|an|any)$/;
/** The last word before a role that makes it someone else's ("our users", "other members", "no customer"). */
const OWNER_WORDS = new Set([
  ...ROLE_OWNERS,
  ...'no all some many most such these those which what whose individual registered new existing'.split(' '),
]);
/** The last word of `before` when a space ends it ("the user": "the"), lower-cased; "" if none. */
function lastWord(before: string): string {
  if (!/\s$/.test(before)) return '';
  const words = before.trimEnd().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}
const owned = (before: string): boolean => OWNER_WORDS.has(lastWord(before));

/**
 * The reader's choice by its role's possessive: "subject to users' settings", "with the Customer's consent" (read as
 * "your settings", "your consent"). Only before a choice: "users' data" is whose data, not a choice.
 */
const ROLE_CHOICE = new RegExp(
  String.raw`\b(?:the\s+)?(?:${wordsPattern(READER_ROLES)})(?:['’]s|s['’])(?=\s+(?:(?:privacy|account|sharing|data|ai|training)\s+)?(?:settings|preferences|choices?|consent|permission|authori[sz]ation|instructions?|requests?|direction)\b)`,
  'gi',
);

/** The verb as after "you": "opts" → "opt", "has" → "have" (its case kept for the first letter only). */
function afterYou(verb: string, plural: boolean): string {
  const v = verb.toLowerCase();
  if (plural) return v;
  if (PLURAL_OF[v]) return PLURAL_OF[v]!;
  if (CHOICE_VERBS.includes(v)) return v;
  const base = v.replace(/es$/, '');
  return CHOICE_VERBS.includes(base) ? base : v.replace(/s$/, '');
}

/**
 * The text with each role that is the subject of a choice written as "you", padded with spaces before it to the same
 * length ("If the user opts out" → "If       you opt out"): every offset into the text stays where it was.
 */
export function readerAsYou(text: string): string {
  const possessed = text.replace(ROLE_CHOICE, (m, at: number) =>
    owned(text.slice(Math.max(0, at - 30), at)) ? m : (/^\p{Lu}/u.test(m) ? 'Your' : 'your').padStart(m.length, ' '),
  );
  let out = '';
  let done = 0;
  for (const m of possessed.matchAll(ROLE)) {
    const at = m.index;
    const end = at + m[0].length;
    const verb = VERB_AFTER.exec(possessed.slice(end, end + 24).replace(/\s/g, ' '));
    const before = possessed.slice(Math.max(done, at - 30), at);
    if (!verb || owned(before)) continue;
    // A determiner before the role ("the user", "each member") is blanked with it.
    const det = DETERMINER.test(lastWord(before)) ? lastWord(before) : '';
    const from = det ? at - (before.length - before.trimEnd().length) - det.length : at;
    const to = end + verb[0].length;
    const said = ['you', ...(verb[1] ? [verb[1].toLowerCase()] : []), afterYou(verb[2]!, m[1] !== '')].join(' ');
    if (from < done || said.length > to - from) continue;
    const cased = /^\p{Lu}/u.test(possessed.slice(from, from + 1)) ? `Y${said.slice(1)}` : said;
    out += possessed.slice(done, from) + cased.padStart(to - from, ' ');
    done = to;
  }
  return out + possessed.slice(done);
}
