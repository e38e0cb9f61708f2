// Rights, not sentences, in a new edition: a clause added (or removed) whose findings are all rights the other edition
// holds, and that names nothing a reader would check that the other edition's clauses with those rights do not name,
// is that right said again (a wording edit), not a new right. "Upon your request, we will delete the personal
// information we have collected from you, subject to certain legally permissible exceptions" added beside the old
// "we will delete your personal information from our records unless an exception applies" tells the reader nothing
// new; a restatement says the old edition by meaning, so its plain words are not the test.
//
// - Only a clause with findings: prose is judged by the other tests (restated-in-block.ts, restated-elsewhere.ts).
// - Every right it gives (category, stance, condition, who takes it, role; who holds it and whom the data goes to,
//   right-holder.ts) a clause of the other edition gives at least as strongly (severity), among the clauses the
//   edition rewrote (an old clause the new edition no longer says, or a new clause the old one did not say): its
//   sources. A right said more strongly, by another taker, as the reader's right where the sources say the company's
//   duty ("you may ask us to delete" beside "we delete"), or as an onward disclosure where the sources say the first
//   one ("our service providers may also disclose"), is a change. A sentence said again beside an old clause still
//   standing is a repetition (repeated.ts): under a new heading it may speak of other data, and stays reported.
// - What a reader checks (CHECKED) one source names on its own (which data goes to which recipient is said by one
//   clause, not pooled from two): every party (affiliates, third parties, authorities,
//   named services), kind of data, purpose the lexicon knows (ads, analytics, training, improving), period, degree
//   word (precise, permanent, optional …) and limit word (within, after, only …), every number (in digits or words),
//   every name, every condition word (if, when, unless, except, only, without, until), every person ("we", "you",
//   "they") and every subject of a modal (discretion.ts), the thing the right is over (the noun after "this", "any",
//   "the", "such" …, or after the verbs of "the right to alter or discontinue plans": "this plan" or "plans" where the
//   source says "this Service"), and as many negations as it says. A clause that names one of these over its sources is a
//   change: a new recipient, a longer period, a new purpose, "unless you object" added, a plan the edition brings in.
// - Its other words (a verb, a modal, "certain", "upon") may be its own, but each must be said somewhere in the other
//   edition: a purpose or a data kind the lexicon does not know ("to prevent fraud", "your shoe size") that the
//   reader was never told of is something new.
// - A removed clause is judged the same way against the new edition: it loses nothing the new one does not say.
import {
  DEGREE_WORDS,
  LEXICON_LISTS,
  LIMIT_WORDS,
  NUMBER_WORDS,
  OTHER_PERSON_PRONOUNS,
  PLAIN_IN_PHRASES,
  READER_PRONOUNS,
  RIGHT_CONDITION_WORDS,
  RIGHT_OBJECT_DETERMINERS,
  WRITER_PRONOUNS,
} from '../analyze/lexicon';
import { rightKeyOf } from '../score/rights';
import type { Clause, Finding } from '../types';
import type { Alignment } from './align';
import { nameStems } from './bearing';
import { modalSubjects } from './discretion';
import { flowOf, holderOf } from './right-holder';
import { SEVERITY_RANK } from './impact';
import { tokensOf, within } from './restated-in-block';
import { isFunctionWord, wordingOf, wordingStems } from './wording';

/** The lexicon's classes of what a reader checks in a right: who gets it, what data, for what, for how long. */
const CHECKED_CLASSES = [
  'AiField',
  'AiModel',
  'AiSkill',
  'AiInput',
  'TrainVerb',
  'ImproveVerb',
  'SellVerb',
  'ServiceSide',
  'ThirdParty',
  'TradeRecipient',
  'Adviser',
  'NamedService',
  'CorpSuffix',
  'BigTech',
  'Authority',
  'LicTerm',
  'LicScope',
  'TrackTech',
  'AnalyticsService',
  'AnalyticsTerm',
  'AdsTerm',
  'TimeUnit',
  'Forever',
  'UserData',
] as const;

const CONDITION = new Set(RIGHT_CONDITION_WORDS);
/** The persons a pronoun names, one word each, as discretion.ts reads them. */
const PERSON: ReadonlyMap<string, string> = new Map([
  ...WRITER_PRONOUNS.map((w) => [w, 'we'] as const),
  ...READER_PRONOUNS.map((w) => [w, 'you'] as const),
  ...OTHER_PERSON_PRONOUNS.map((w) => [w, 'they'] as const),
]);
const DETERMINER = new Set(RIGHT_OBJECT_DETERMINERS);
/** The most words of a noun phrase a right is over. */
const OBJECT_WORDS = 3;

let checked: ReadonlySet<string> | null = null;

/** The stems of the words a reader checks (see the head of this file), built once. */
function checkedStems(): ReadonlySet<string> {
  const plain = new Set(PLAIN_IN_PHRASES.flatMap(wordingStems));
  checked ??= new Set(
    [
      ...CHECKED_CLASSES.flatMap((c) => LEXICON_LISTS[c] ?? []),
      ...Object.values(DEGREE_WORDS).flat(),
      ...LIMIT_WORDS,
      ...NUMBER_WORDS,
    ]
      .flatMap(wordingStems)
      .filter((w) => !plain.has(w)),
  );
  return checked;
}

/** A run-in label before the sentence ("Right to Delete Your Information: Upon …"): its capitals name no one. */
const RUN_IN_LABEL = /^[^.:;]{1,60}:\s+(?=\p{Lu})/u;

/** What a clause says, as the tests above compare it. */
interface Said {
  /** Its rights (category|stance|condition|actor|role), each with the rank of its strongest severity. */
  rights: Map<string, number>;
  /** Its words that carry a term (function words left out), as stems. */
  words: Set<string>;
  /** Those a reader checks (checkedStems). */
  checked: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  conditions: Set<string>;
  persons: Set<string>;
  negations: number;
  /** The words a negation is over ("but not with data brokers" → data, brokers): an exclusion turned is a change. */
  negated: Set<string>;
  /** The persons that are subjects of its modals. */
  subjects: Set<string>;
  /** The things its rights are over ("this plan", "any plan", "discontinue plans"): a source must name them too. */
  objects: Set<string>;
}

/**
 * The nouns a clause's rights are over: the word after a determiner ("this plan", "any plan", "such information"), and
 * the word after the verbs of a right ("the right to alter or discontinue plans").
 */
function objectsOf(tokens: readonly string[]): Set<string> {
  const out: string[] = [];
  // The noun phrase up to its first function word ("your personal information from" → personal, information).
  const take = (k: number): void => {
    while (k < tokens.length && DETERMINER.has(tokens[k]!)) k++;
    for (let n = 0; n < OBJECT_WORDS && k < tokens.length && !isFunctionWord(tokens[k]!); n++, k++)
      out.push(tokens[k]!);
  };
  tokens.forEach((w, i) => {
    if (DETERMINER.has(w) && !DETERMINER.has(tokens[i - 1] ?? '')) take(i + 1);
    if ((w === 'right' || w === 'rights') && tokens[i + 1] === 'to') {
      let k = i + 3;
      while (tokens[k] === 'or' || tokens[k] === 'and') k += 2;
      take(k);
    }
  });
  return new Set(out.flatMap(wordingStems));
}

const NEGATIONS = new Set(LEXICON_LISTS.Negative ?? []);
/** How many words after a negation it is over. */
const NEGATED_REACH = 4;

function negatedOf(tokens: readonly string[]): Set<string> {
  return new Set(
    tokens.flatMap((t, i) =>
      NEGATIONS.has(t)
        ? tokens
            .slice(i + 1, i + 1 + NEGATED_REACH)
            .filter((x) => !isFunctionWord(x))
            .flatMap(wordingStems)
        : [],
    ),
  );
}

function saidBy(clause: Clause, findings: readonly Finding[]): Said {
  const w = wordingOf(clause.text);
  const rights = new Map<string, number>();
  // Who holds the right and whom the data goes to are part of it (right-holder.ts): the reader's right to delete is not
  // the company's duty to, an onward disclosure is not the first.
  const holder = `${holderOf(clause)}|${flowOf(clause.text)}`;
  for (const f of findings) {
    const key = `${rightKeyOf(f)}|${f.actor}|${f.role ?? ''}|${holder}`;
    rights.set(key, Math.max(rights.get(key) ?? 0, SEVERITY_RANK[f.severity]));
  }
  const words = new Set(w.content);
  const tokens = tokensOf(clause.text);
  return {
    rights,
    words,
    checked: new Set([...words].filter((x) => checkedStems().has(x))),
    numbers: new Set(w.numbers),
    names: nameStems(clause.text.replace(RUN_IN_LABEL, '')),
    conditions: new Set(tokens.filter((t) => CONDITION.has(t))),
    persons: new Set(tokens.flatMap((t) => (PERSON.has(t) ? [PERSON.get(t)!] : []))),
    negations: w.negations,
    negated: negatedOf(tokens),
    subjects: new Set(modalSubjects(clause.text)),
    objects: new Set(clause.text.split(/[.;:,!?()•]+/u).flatMap((part) => [...objectsOf(tokensOf(part))])),
  };
}

/** Whether `source` gives the right `key` at least as strongly as `rank`. */
const gives = (source: Said, key: string, rank: number): boolean => (source.rights.get(key) ?? 0) >= rank;

/** Whether the clauses of the other edition that give its rights say what a reader checks in `s`, and its words. */
function restatedBy(sources: readonly Said[], otherWords: ReadonlySet<string>, s: Said): boolean {
  if (!s.rights.size || !s.words.size) return false;
  const givers = sources.filter((x) => [...s.rights].some(([key, rank]) => gives(x, key, rank)));
  if (![...s.rights].every(([key, rank]) => givers.some((x) => gives(x, key, rank)))) return false;
  // One source must say on its own what a reader checks: words pooled from two would pair data and recipients, or a
  // number and a period, that no clause of the other edition pairs.
  const saysAll = (x: Said): boolean =>
    within(s.checked, x.checked) &&
    within(s.numbers, x.numbers) &&
    within(s.names, x.names) &&
    within(s.conditions, x.conditions) &&
    within(s.persons, x.persons) &&
    within(s.subjects, x.subjects) &&
    within(s.objects, x.objects) &&
    within(s.negated, x.negated) &&
    s.negations <= x.negations;
  return givers.some(saysAll) && within(s.words, otherWords);
}

/** What restatedRights finds: clause indices of the new version for `added`, of the old one for `removed`. */
export interface RestatedRights {
  added: Set<number>;
  removed: Set<number>;
}

/**
 * The added and removed clauses with findings whose rights the other edition holds, naming nothing its clauses with
 * those rights do not name (see the head of this file).
 */
export function restatedRights(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
  findingsBefore: (id: string) => readonly Finding[],
  findingsAfter: (id: string) => readonly Finding[],
): RestatedRights {
  const out: RestatedRights = { added: new Set(), removed: new Set() };
  const sides = {
    before: { clauses: before, findings: findingsBefore },
    after: { clauses: after, findings: findingsAfter },
  };
  /** What the clauses of one side with findings say, by the kinds of their alignment entries. */
  const saidOn = (side: 'before' | 'after', kinds: ReadonlySet<Alignment['kind']>): Array<[number, Said]> =>
    alignment.flatMap((e) => {
      const i = e[side];
      if (!kinds.has(e.kind) || i === null) return [];
      const clause = sides[side].clauses[i]!;
      const findings = sides[side].findings(clause.id);
      return findings.length ? [[i, saidBy(clause, findings)] as [number, Said]] : [];
    });
  const wordsOf = (clauses: readonly Clause[]): Set<string> =>
    new Set(clauses.flatMap((c) => wordingOf(c.text).content));
  const added = saidOn('after', new Set(['added']));
  if (added.length) {
    const sources = saidOn('before', new Set(['removed', 'modified'])).map(([, said]) => said);
    const words = wordsOf(before);
    for (const [j, said] of added) if (restatedBy(sources, words, said)) out.added.add(j);
  }
  const removed = saidOn('before', new Set(['removed']));
  if (removed.length) {
    const sources = saidOn('after', new Set(['added', 'modified'])).map(([, said]) => said);
    const words = wordsOf(after);
    for (const [i, said] of removed) if (restatedBy(sources, words, said)) out.removed.add(i);
  }
  return out;
}
