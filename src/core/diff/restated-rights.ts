// Rights, not sentences, in a new edition: a clause added (or removed) whose findings are all rights the other edition
// holds, and that names nothing a reader would check that the other edition's clauses with those rights do not name,
// is that right said again (a wording edit), not a new right. "Upon your request, we will delete the personal
// information we have collected from you, subject to certain legally permissible exceptions" added beside the old
// "we will delete your personal information from our records unless an exception applies" tells the reader nothing
// new; a restatement says the old edition by meaning, so its words are not the test (a first form that asked one or
// two rewritten clauses to say all its words moved no label).
//
// - Only a clause with findings: prose is judged by the other tests (restated-in-block.ts, restated-elsewhere.ts).
// - Every right it gives (category, stance, condition, who takes it, role; who holds it and whom the data goes to,
//   right-holder.ts) a clause of the other edition gives at least as strongly (severity), among the clauses the
//   edition rewrote (an old clause the new edition no longer says, or a new clause the old one did not say): its
//   sources. A right said more strongly, by another taker, as the reader's right where the sources say the company's
//   duty ("you may ask us to delete" beside "we delete"), or as an onward disclosure where the sources say the first
//   one ("our service providers may also disclose"), is a change. A sentence said again beside an old clause still
//   standing is a repetition (repeated.ts): under a new heading it may speak of other data, and stays reported.
// - What a reader checks (CHECKED) the sources name together: every party (affiliates, third parties, authorities,
//   named services), kind of data, purpose the lexicon knows (ads, analytics, training, improving), period, degree
//   word (precise, permanent, optional …) and limit word (within, after, only …), every number, every name, every
//   condition word (if, unless, except, only, without, until), every person ("we", "you", "they") and every subject of
//   a modal (discretion.ts), what "this", "these" or "such" points at ("this plan" where the sources say "this
//   Service"), and as many negations as one source says. A clause that names one of these over its sources is a
//   change: a new recipient, a longer period, a new purpose, "unless you object" added, a plan the edition brings in.
// - Its other words (a verb, a modal, "certain", "upon") may be its own, but each must be said somewhere in the other
//   edition: a purpose or a data kind the lexicon does not know ("to prevent fraud", "your shoe size") that the
//   reader was never told of is something new.
// - A removed clause is judged the same way against the new edition: it loses nothing the new one does not say.
import { DEGREE_WORDS, LEXICON_LISTS, LIMIT_WORDS, MODAL_WORDS, PARTITIVE_WORDS } from '../analyze/lexicon';
import { rightKeyOf } from '../score/rights';
import type { Clause, Finding } from '../types';
import type { Alignment } from './align';
import { nameStems } from './bearing';
import { modalSubjects } from './discretion';
import { flowOf, holderOf } from './right-holder';
import { SEVERITY_RANK } from './impact';
import { tokensOf, within } from './restated-in-block';
import { wordingOf, wordingStems } from './wording';

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

/** Words that set a condition on a right, and the persons that can be a sentence's subject. */
const CONDITION = /^(?:only|except|unless|if|without|until|provided|once)$/;
const PERSON: Readonly<Record<string, string>> = {
  we: 'we',
  us: 'we',
  our: 'we',
  you: 'you',
  your: 'you',
  they: 'they',
  them: 'they',
  their: 'they',
  i: 'i',
  he: 'he',
  she: 'she',
};

/**
 * The words of the lexicon's phrases that name nothing by themselves ("interest based content and ads", "certain third
 * parties"): a restatement may say them its own way.
 */
const PLAIN_IN_PHRASES = [
  ...MODAL_WORDS,
  ...PARTITIVE_WORDS,
  ...'and or nor but of to for with by on in at from as other others all any every each both either'.split(' '),
];

let checked: ReadonlySet<string> | null = null;

/** The stems of the words a reader checks (see the head of this file), built once. */
function checkedStems(): ReadonlySet<string> {
  const plain = new Set(PLAIN_IN_PHRASES.flatMap(wordingStems));
  checked ??= new Set(
    [...CHECKED_CLASSES.flatMap((c) => LEXICON_LISTS[c] ?? []), ...Object.values(DEGREE_WORDS).flat(), ...LIMIT_WORDS]
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
  /** The persons that are subjects of its modals. */
  subjects: Set<string>;
  /** What "this", "these" or "such" point at ("this plan"): the thing the right is about, named by its context; the
   * sources must point at it too ("this plan" is not "rate plan"). */
  pointed: Set<string>;
}

/** The noun after a word that points at the context ("this plan", "these services", "such information"). */
const POINTER = /\b(?:this|these|such)\s+(\p{L}+)/giu;

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
    conditions: new Set(tokens.filter((t) => CONDITION.test(t))),
    persons: new Set(tokens.flatMap((t) => (Object.hasOwn(PERSON, t) ? [PERSON[t]!] : []))),
    negations: w.negations,
    subjects: new Set(modalSubjects(clause.text)),
    pointed: new Set([...clause.text.matchAll(POINTER)].flatMap((m) => wordingStems(m[1]!))),
  };
}

/** Whether `source` gives the right `key` at least as strongly as `rank`. */
const gives = (source: Said, key: string, rank: number): boolean => (source.rights.get(key) ?? 0) >= rank;

/** Whether the clauses of the other edition that give its rights say what a reader checks in `s`, and its words. */
function restatedBy(sources: readonly Said[], otherWords: ReadonlySet<string>, s: Said): boolean {
  if (!s.rights.size || !s.words.size) return false;
  const givers = sources.filter((x) => [...s.rights].some(([key, rank]) => gives(x, key, rank)));
  if (![...s.rights].every(([key, rank]) => givers.some((x) => gives(x, key, rank)))) return false;
  const said = (pick: (x: Said) => ReadonlySet<string>): boolean =>
    within(pick(s), new Set(givers.flatMap((x) => [...pick(x)])));
  return (
    said((x) => x.checked) &&
    said((x) => x.numbers) &&
    said((x) => x.names) &&
    said((x) => x.conditions) &&
    said((x) => x.persons) &&
    said((x) => x.subjects) &&
    said((x) => x.pointed) &&
    s.negations <= Math.max(...givers.map((x) => x.negations)) &&
    within(s.words, otherWords)
  );
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
