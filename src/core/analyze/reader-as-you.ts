// The reader named by its role as the subject of a choice, read as "you" by the stance readers. "Users can decide
// whether their content is used to train our models", "Customers may opt out of …", "If the user opts out, …" take
// the same condition as "you can decide …", "you may opt out …" (GUIDE: conditional whoever the reader is called),
// but stance.ts spells the reader "you" in most of its readings: one rewrite here spares every one of them a copy of
// the roles. stance.ts decideStance applies it to ai_training only (see there).
import { CLAUSE_OPENERS } from './actor';
import {
  CHOICE_CLAUSE_ENDS,
  LEAVING_STEMS,
  LEXICON_LISTS,
  READER_CHOICE_ACTS,
  READER_CHOICE_ADVERBS,
  READER_CHOICE_AUXILIARIES,
  READER_CHOICE_NOUN_MODIFIERS,
  READER_CHOICE_NOUNS,
  READER_ROLE_ADJECTIVES,
  READER_ROLE_DETERMINERS,
  READER_ROLES,
  READER_THIRD_PERSON,
  ROLE_OTHERS,
} from './lexicon';
import { wordsPattern } from './word-pattern';

/** A role alone ("users", "Customer"); what stands around it is read apart, every regex linear. */
const ROLE = new RegExp(String.raw`\b(?:${wordsPattern(READER_ROLES)})(s?)\b(?![’'])`, 'gi');
/** …then its verb, with an adverb between: "can", "may also", "opts", "has". */
const VERB_AFTER = new RegExp(
  String.raw`^ +(?:(${wordsPattern(READER_CHOICE_ADVERBS)}) +)?(${wordsPattern(READER_CHOICE_AUXILIARIES)}|${wordsPattern(Object.keys(READER_THIRD_PERSON))}|${wordsPattern(READER_CHOICE_ACTS)}(?:s|es)?)\b`,
  'i',
);
/** A letter of a word, read one at a time back from the role. */
const WORD_CHAR = /[\p{L}\d’'-]/u;
const DETERMINERS = new Set(READER_ROLE_DETERMINERS);
const ADJECTIVES = new Set(READER_ROLE_ADJECTIVES);
const OTHERS = new Set(ROLE_OTHERS);
/**
 * Where a clause of the reader's choice ends: a stop, ", and", or a word that sets what follows against the choice
 * ("Users may object, but we still use …"). A choice about one thing is no choice about training said after it.
 */
const CLAUSE_END = new RegExp(String.raw`[;!?]|\.(?=\s|$)|,\s+and\b|\b${wordsPattern(CHOICE_CLAUSE_ENDS)}\b`, 'gi');
/** Words of training or AI: the choice must be about them in its own clause. */
const AI_WORD = new RegExp(
  String.raw`\b${wordsPattern([...LEXICON_LISTS.TrainVerb!, ...LEXICON_LISTS.AiField!, ...LEXICON_LISTS.AiModel!])}\b`,
  'i',
);
/** Leaving the service as the way to choose ("by terminating the Agreement"): GUIDE C1/D8, no choice. */
const BY_LEAVING = new RegExp(String.raw`\bby\s+${wordsPattern(LEAVING_STEMS)}`, 'i');
/**
 * The reader's role as a possessive: "the Customer's", "users'", and a role joinReaderRoles padded once its spaces are
 * one ("account holder's" → "user 's"). One space after "the": the texts that read it have their spaces made one.
 */
const ROLE_POSSESSIVE_HEAD = String.raw`\b(?:the\s)?(?:${wordsPattern(READER_ROLES)})(?: ?['’]s|s ?['’])`;
/**
 * The reader's choice by its role's possessive: "subject to users' settings", "with the Customer's consent" (read as
 * "your settings", "your consent"). Only before a choice: "users' data" is whose data, not a choice.
 */
const ROLE_CHOICE = new RegExp(
  String.raw`${ROLE_POSSESSIVE_HEAD}(?=\s+(?:${wordsPattern(READER_CHOICE_NOUN_MODIFIERS)}\s+)?${wordsPattern(READER_CHOICE_NOUNS)}\b)`,
  'gi',
);
/** The reader's role as a possessive before whatever it owns ("the Customer's end users"). */
const ROLE_POSSESSIVE = new RegExp(String.raw`${ROLE_POSSESSIVE_HEAD}(?=\s)`, 'gi');

/** The last word of `before` when a space ends it ("the user": "the"), lower-cased; "" if none. */
function lastWord(before: string): string {
  if (!/\s$/.test(before)) return '';
  const words = before.trimEnd().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * The role opens its clause, after at most a determiner and adjectives ("If the registered user …", "Each member …"):
 * a noun before it names someone else ("Team members", "Board members") and a verb before it makes it an object
 * ("helps customers decide").
 */
function opensClause(before: string, fromStart: boolean): boolean {
  let rest = before.trimEnd();
  for (let skipped = 0; skipped < 4; skipped++) {
    if (rest === '') return fromStart;
    if (/[,;:.!?(“"]$/.test(rest)) return true;
    let i = rest.length;
    while (i > 0 && WORD_CHAR.test(rest[i - 1]!)) i--;
    const word = rest.slice(i);
    if (!word) return false;
    const w = word.toLowerCase();
    if (CLAUSE_OPENERS.test(w)) return true;
    rest = rest.slice(0, -word.length).trimEnd();
    // "…, and users can opt out": a conjunction after a stop opens a clause.
    if (/^(?:and|or|but)$/.test(w)) return /[,;]$/.test(rest);
    if (!DETERMINERS.has(w) && !ADJECTIVES.has(w)) return false;
  }
  return false;
}

/** The clauses of the text as [start, end) offsets, each with whether it names training or AI. */
function clausesOf(text: string): { start: number; end: number; ai: boolean }[] {
  const out: { start: number; end: number; ai: boolean }[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ start, end: m.index, ai: AI_WORD.test(text.slice(start, m.index)) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, ai: AI_WORD.test(text.slice(start)) });
  return out;
}
const clauseAt = (clauses: { start: number; end: number; ai: boolean }[], at: number) =>
  clauses.find((c) => at < c.end) ?? clauses[clauses.length - 1]!;

/**
 * The text with each match of `re` (a possessive role) written "your", padded with spaces before it to the same length
 * ("the Customer's end users" → "           your end users"), unless `keep` holds at its offset or a word before it
 * makes the role another's ("our customer's", "no user's"). Every offset stays where it was.
 */
function possessivesAsYour(text: string, re: RegExp, keep: (at: number) => boolean): string {
  return text.replace(re, (m, at: number) =>
    OTHERS.has(lastWord(text.slice(Math.max(0, at - 30), at))) || keep(at)
      ? m
      : (/^\p{Lu}/u.test(m) ? 'Your' : 'your').padStart(m.length, ' '),
  );
}
/**
 * The text with the reader's role as a possessive written "your" (possessivesAsYour), for the readings that spell the
 * reader's own things "your" (rules/content-licence.ts, where "rights from the customer's end users) to grant" counts
 * its words as "rights from your end users) to grant" does).
 */
export function readerPossessiveAsYour(text: string): string {
  return possessivesAsYour(text, ROLE_POSSESSIVE, () => false);
}

/** The verb as after "you": "opts" → "opt", "has" → "have". */
function afterYou(verb: string, plural: boolean): string {
  const v = verb.toLowerCase();
  if (plural) return v;
  if (READER_THIRD_PERSON[v]) return READER_THIRD_PERSON[v];
  if (READER_CHOICE_AUXILIARIES.includes(v) || READER_CHOICE_ACTS.includes(v)) return v;
  const base = v.replace(/es$/, '');
  return READER_CHOICE_ACTS.includes(base) ? base : v.replace(/s$/, '');
}

let lastText = '';
let lastOut = '';

/**
 * The text with each role that is the subject of a choice about training or AI written as "you", padded with spaces
 * before it to the same length ("If the user opts out" → "If       you opt out"): every offset into the text stays
 * where it was. decideStance calls it once per finding: the last text is kept.
 */
export function readerAsYou(text: string): string {
  if (text === lastText) return lastOut;
  const clauses = clausesOf(text);
  const possessed = possessivesAsYour(text, ROLE_CHOICE, (at) => !clauseAt(clauses, at).ai);
  let out = '';
  let done = 0;
  for (const m of possessed.matchAll(ROLE)) {
    const at = m.index;
    const end = at + m[0].length;
    const verb = VERB_AFTER.exec(possessed.slice(end, end + 24).replace(/\s/g, ' '));
    if (!verb) continue;
    const clause = clauseAt(clauses, at);
    if (!clause.ai || BY_LEAVING.test(possessed.slice(end, clause.end))) continue;
    const from0 = Math.max(done, at - 60);
    const before = possessed.slice(from0, at);
    if (!opensClause(before, from0 === 0)) continue;
    // A determiner before the role ("the user", "each member") is blanked with it.
    const det = DETERMINERS.has(lastWord(before)) ? lastWord(before) : '';
    const from = det ? at - (before.length - before.trimEnd().length) - det.length : at;
    const to = end + verb[0].length;
    const said = ['you', ...(verb[1] ? [verb[1].toLowerCase()] : []), afterYou(verb[2]!, m[1] !== '')].join(' ');
    if (from < done || said.length > to - from) continue;
    const cased = /^\p{Lu}/u.test(possessed.slice(from, from + 1)) ? `Y${said.slice(1)}` : said;
    out += possessed.slice(done, from) + cased.padStart(to - from, ' ');
    done = to;
  }
  lastText = text;
  lastOut = out + possessed.slice(done);
  return lastOut;
}
