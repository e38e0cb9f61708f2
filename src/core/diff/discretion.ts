// Who acts, and the writer's discretion, said one way, so that the same-effect tests (same-effect.ts) compare a clause
// with every other equivalence at once: "We may change the Services from time to time" and "Acme reserves the right
// to change the Services from time to time" give the same grant (GUIDE S2) when Acme is the document's own first
// party, the one its definitions call "we" in both versions. Only the subject right before the modal is rewritten
// (the writer's name → "we"; "may" and "reserve the right to" → "may"); a negation after either ("may not", "reserve
// the right not to") leaves the text as it is, so it never meets the other idiom. Whose act it is must stay the same:
// `modalSubjects` tells "You may delete your account" from "We may delete your account".
import { findFirstParty } from '../analyze/first-party';
import type { Clause } from '../types';
import { isFunctionWord } from './wording';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The idioms of a right kept ("reserves the right to", "retain the right to", "will have the right to") and "may".
const DISCRETION = String.raw`(?:may|(?:reserves?|retains?|(?:will|shall)\s+have)\s+the\s+right\s+to)`;
const NOT_NEGATED = String.raw`(?!\s+(?:not|never)\b)`;

/**
 * The first party's names (lower-cased, findFirstParty) that both versions define: a name only one version gives
 * ("Acme" before a sale, "Globex" after) is no "we" of the other.
 */
export function sharedFirstParty(before: readonly Clause[], after: readonly Clause[]): string[] {
  const namesOf = (clauses: readonly Clause[]): string[] =>
    findFirstParty({ title: '', url: '', text: clauses.map((c) => c.text).join('\n') });
  const b = namesOf(before);
  if (!b.length) return [];
  const a = new Set(namesOf(after));
  return b.filter((n) => a.has(n));
}

/**
 * The text with the writer's discretion said one way: "we" or a `firstParty` name, then "may" or an idiom of a right
 * kept, not negated, becomes "we may". Every other word stays.
 */
export function discretionSaidOneWay(text: string, firstParty: readonly string[]): string {
  const subjects = [
    'we',
    ...firstParty.map((n) =>
      n
        .split(/\s+/)
        .map(escape)
        .join(String.raw`\s+`),
    ),
  ];
  const pattern = new RegExp(String.raw`\b(?:${subjects.join('|')})\s+${DISCRETION}\b${NOT_NEGATED}`, 'giu');
  // "We may" itself stays as written: a text is changed only where another idiom or the name was said.
  return text.replace(pattern, (m) => (/^we\s+may$/iu.test(m) ? m : 'we may'));
}

// The persons a clause speaks of, by class: the writer, the reader, others (English and French).
const PERSON: ReadonlyMap<string, string> = new Map([
  ...'we us our ours ourselves nous notre nos'.split(' ').map((w) => [w, 'writer'] as const),
  ...'you your yours yourself yourselves vous votre vos'.split(' ').map((w) => [w, 'reader'] as const),
  ...'they them their theirs he him his she her il ils elle elles leur leurs'
    .split(' ')
    .map((w) => [w, 'other'] as const),
]);

// The modals whose subject says whose act, right or duty a clause gives.
const MODAL = new Set([
  'may',
  'will',
  'shall',
  'can',
  'must',
  'might',
  'could',
  'should',
  'would',
  'peut',
  'peuvent',
  'pouvons',
  'pouvez',
]);
// Words that may stand between a subject and its modal ("we also may", "you and we may").
const BETWEEN = new Set(['also', 'and', 'or', 'then', 'therefore', 'still', 'only', 'et', 'ou', 'aussi']);

/**
 * Who is the subject of each modal, as the person it names ("writer", "reader", "other": a pronoun within the words
 * BETWEEN, else any other word before it: "Globex may", "customers can"), sorted. "You may delete your account" gives
 * ["reader"], "We may delete your account" ["writer"]: the same words with another subject give a right to someone
 * else. A modal after a relative or other function word ("which may", "that will") names no subject.
 */
export function modalSubjects(text: string): string[] {
  const words = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!MODAL.has(w) || i === 0) return;
    let k = i - 1;
    while (k > 0 && BETWEEN.has(words[k]!)) k--;
    const person = PERSON.get(words[k]!);
    if (person) out.push(person);
    else if (!isFunctionWord(words[k]!) && !BETWEEN.has(words[k]!)) out.push('other');
  });
  return out.sort();
}
