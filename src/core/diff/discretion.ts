// Who acts, and the writer's discretion, said one way, so that the same-effect tests (same-effect.ts) compare a clause
// with every other equivalence at once: "We may change the Services from time to time" and "Acme reserves the right
// to change the Services from time to time" give the same grant (GUIDE S2) when Acme is the document's own first
// party, the one both versions define in the same parenthesis as "we". Two steps, each on the subject of a modal only:
// the writer's name opening a clause becomes "we" before any modal or idiom of a right kept ("Acme may not" is "we
// may not"), and "we" then an idiom of a right kept becomes "we may" unless a negation follows ("reserve the right not
// to" never meets "may"). Whose act it is must stay the same, in order: `modalSubjects`.
import { findFirstParty } from '../analyze/first-party';
import {
  FRENCH_MODAL_WORDS,
  MODAL_WORDS,
  OTHER_PERSON_PRONOUNS,
  READER_PRONOUNS,
  RIGHT_KEPT_IDIOMS,
  SUBJECT_MODAL_ASIDES,
  SUBJECT_OPENERS,
  WRITER_PRONOUNS,
} from '../analyze/lexicon';
import { escapeRegExp } from '../escape-regexp';
import type { Clause } from '../types';
import { isFunctionWord } from './wording';

const phrase = (p: string): string =>
  p
    .split(' ')
    .map(escapeRegExp)
    .join(String.raw`\s+`);
const IDIOM = RIGHT_KEPT_IDIOMS.map(phrase).join('|');
/** An idiom of a right kept up to "right", so that a name before "reserves the right not to" is "we" as well. */
const RIGHT_KEPT = RIGHT_KEPT_IDIOMS.map((p) => phrase(p.replace(/ to$/, ''))).join('|');
const MODAL = new Set([...MODAL_WORDS, ...FRENCH_MODAL_WORDS]);
/** "we" then an idiom of a right kept, not negated. */
const WE_IDIOM = new RegExp(String.raw`\bwe\s+(?:${IDIOM})\b(?!\s+(?:not|never)\b)`, 'giu');
const OPENERS = new Set(SUBJECT_OPENERS);
/** Marks after which a name opens a clause: "…; Acme may", "(Acme may", "(a) Acme may", "“Acme may". */
const CLAUSE_MARKS = new Set([...'.;:,!?()•"“\'‘']);

/** The first party's names (lower-cased) that both versions define as "we" (findFirstParty's `definedAsWe`). */
export function sharedFirstParty(before: readonly Clause[], after: readonly Clause[]): string[] {
  const namesOf = (clauses: readonly Clause[]): string[] =>
    findFirstParty({ title: '', url: '', text: clauses.map((c) => c.text).join('\n') }, { definedAsWe: true });
  const b = namesOf(before);
  if (!b.length) return [];
  const a = new Set(namesOf(after));
  return b.filter((n) => a.has(n));
}

/** Whether the text before a name lets the name be its clause's subject: a clause start or after a conjunction. */
function opensClause(before: string): boolean {
  const rest = before.trimEnd();
  if (!rest || CLAUSE_MARKS.has(rest.at(-1)!)) return true;
  let start = rest.length;
  while (start > 0 && /\p{L}/u.test(rest[start - 1]!)) start--;
  return OPENERS.has(rest.slice(start).toLowerCase());
}

/**
 * The rewriting that says the writer's discretion one way (built once per diff for its `firstParty` names): a name
 * opening a clause before a modal or idiom becomes "we"; "we" then an idiom of a right kept, not negated, becomes "we
 * may". Every other word stays.
 */
export function discretionSaidOneWay(firstParty: readonly string[]): (text: string) => string {
  const names = firstParty.map(phrase);
  const named = names.length
    ? new RegExp(String.raw`\b(?:${names.join('|')})(?=\s+(?:${[...MODAL].join('|')}|${RIGHT_KEPT})\b)`, 'giu')
    : null;
  return (text) => {
    const weSaid = named
      ? text.replace(named, (m, offset: number, whole: string) => (opensClause(whole.slice(0, offset)) ? 'we' : m))
      : text;
    return weSaid.replace(WE_IDIOM, 'we may');
  };
}

const PERSON: ReadonlyMap<string, string> = new Map([
  ...WRITER_PRONOUNS.map((w) => [w, 'writer'] as const),
  ...READER_PRONOUNS.map((w) => [w, 'reader'] as const),
  ...OTHER_PERSON_PRONOUNS.map((w) => [w, 'other'] as const),
]);
const ASIDES = new Set(SUBJECT_MODAL_ASIDES);
/** Most words a phrase set off by commas between a subject and its modal has ("We, at our sole discretion, may"). */
const COMMA_PHRASE_WORDS = 10;

/**
 * Who is the subject of each modal, in the order of the modals, as the person it names ("writer", "reader", "other":
 * a pronoun past the asides and a phrase set off by commas, else any other word: "Globex may", "customers can"). "You
 * may delete your account" gives ["reader"], "We may delete your account" ["writer"]: the same words with another
 * subject give a right to someone else, and "We may share …, and you can opt out" gives ["writer", "reader"], which
 * "You may share …, and we can opt out" does not. A modal after a relative or other function word ("which may")
 * names no subject.
 */
export function modalSubjects(text: string): string[] {
  const tokens = (text.match(/\p{L}+|,/gu) ?? []).map((w) => w.toLowerCase());
  const out: string[] = [];
  tokens.forEach((w, i) => {
    if (!MODAL.has(w) || i === 0) return;
    let k = i - 1;
    for (;;) {
      while (k > 0 && ASIDES.has(tokens[k]!)) k--;
      if (tokens[k] !== ',') break;
      // "We, at our sole discretion, may": the subject is before the phrase the commas set off.
      let open = k - 1;
      while (open >= 0 && tokens[open] !== ',' && k - open <= COMMA_PHRASE_WORDS) open--;
      if (open <= 0 || tokens[open] !== ',') return;
      k = open - 1;
    }
    const word = tokens[k]!;
    const person = PERSON.get(word);
    if (person) out.push(person);
    else if (!isFunctionWord(word) && !ASIDES.has(word)) out.push('other');
  });
  return out;
}
