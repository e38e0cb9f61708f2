// A sentence of prose that a new edition says again in the words of a clause it rewrote somewhere else in the
// document: "It affects your legal rights." where the old edition's arbitration section said "This section may
// significantly affect your legal rights", and that sentence is gone. The reader was told that already.
//
// - Only prose: neither the clause nor its findings carry a right (a clause with a finding is judged by what the
//   analyser reads in it, same-effect.ts and restated-in-block.ts).
// - Every word that carries a term (wording.ts: function words left out), every number, every name and every
//   negation of the clause is said by one clause of the other version, its words in the same order there: a word of
//   its own is something new, and "Buyers pay shipping costs to sellers" is not said by "Sellers pay shipping costs
//   to buyers".
// - Each word of it that bears on who, how surely or on what condition (a modal, a negation, a subject, a condition
//   word, a number) stands among the same neighbours there: "We will share your data" is not said by "we will tell
//   you … and we may share your data", and "backups for 30 days" is not said by "history for 30 days".
// - That clause is one the edition rewrote: an old clause the new version no longer says (removed or reworded), or,
//   for a removed clause, a new clause the old version did not say. An old sentence still said word for word is not
//   where a new one came from: a new notice that repeats it may speak of other data, and is reported.
import type { Clause, Finding } from '../types';
import type { Alignment } from './align';
import { nameStems } from './bearing';
import { SEAM_BEARING, tokensOf, within } from './restated-in-block';
import { wordingOf } from './wording';

/** A clause of fewer words that carry a term is too short to say it was restated ("Other conditions may apply."). */
const MIN_CONTENT_WORDS = 3;

interface Said {
  /** Its words that carry a term, in order. */
  words: string[];
  content: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  negations: number;
  /** Its words in order, lower-cased (restated-in-block.ts), padded by one space each side for runs to be found. */
  tokens: string;
  /** Its bearing words (SEAM_BEARING), each with its neighbours: the word before and after, or two before a number. */
  seams: string[];
  /** Its neighbours of each bearing word, the word itself left out: "accepts responsibility" of "accepts no responsibility". */
  gaps: string[];
}

function gapsOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + 1 < tokens.length; i++)
    if (SEAM_BEARING.test(tokens[i]!)) out.push(` ${tokens[i - 1]} ${tokens[i + 1]} `);
  return out;
}

function seamsOf(tokens: readonly string[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!SEAM_BEARING.test(t)) return;
    const run = /\d/.test(t) ? tokens.slice(Math.max(0, i - 2), i + 1) : tokens.slice(Math.max(0, i - 1), i + 2);
    out.push(` ${run.join(' ')} `);
  });
  return out;
}

function saidBy(clause: Clause): Said {
  const w = wordingOf(clause.text);
  const tokens = tokensOf(clause.text);
  return {
    words: w.content,
    content: new Set(w.content),
    numbers: new Set(w.numbers),
    names: nameStems(clause.text),
    negations: w.negations,
    tokens: ` ${tokens.join(' ')} `,
    seams: seamsOf(tokens),
    gaps: gapsOf(tokens),
  };
}

/** Whether `words` are said by `source` in the same order, others between them or not. */
function inOrder(words: readonly string[], source: readonly string[]): boolean {
  let at = 0;
  for (const w of words) {
    while (at < source.length && source[at] !== w) at++;
    if (at++ >= source.length) return false;
  }
  return true;
}

/** Whether `source` says every word (in order), number, name and negation `s` says. */
function saysAll(source: Said, s: Said): boolean {
  return (
    s.content.size >= MIN_CONTENT_WORDS &&
    s.negations <= source.negations &&
    within(s.content, source.content) &&
    inOrder(s.words, source.words) &&
    within(s.numbers, source.numbers) &&
    within(s.names, source.names) &&
    s.seams.every((run) => source.tokens.includes(run)) &&
    // A bearing word dropped from between its neighbours ("accepts no responsibility" → "accepts responsibility").
    !source.gaps.some((gap) => s.tokens.includes(gap) && !source.tokens.includes(gap))
  );
}

/** What restatedElsewhere finds: clause indices of the new version for `added`, of the old one for `removed`. */
export interface RestatedElsewhere {
  added: Set<number>;
  removed: Set<number>;
}

/** The added and removed clauses of prose that a rewritten clause of the other version says (see the head). */
export function restatedElsewhere(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
  findingsBefore: (id: string) => readonly Finding[],
  findingsAfter: (id: string) => readonly Finding[],
): RestatedElsewhere {
  const out: RestatedElsewhere = { added: new Set(), removed: new Set() };
  const rewritten = (kinds: ReadonlySet<Alignment['kind']>, side: 'before' | 'after'): number[] =>
    alignment.flatMap((e) => (kinds.has(e.kind) && e[side] !== null ? [e[side]] : []));
  const added = alignment.filter((e) => e.kind === 'added' && !findingsAfter(after[e.after!]!.id).length);
  const removed = alignment.filter((e) => e.kind === 'removed' && !findingsBefore(before[e.before!]!.id).length);
  if (added.length) {
    const sources = rewritten(new Set(['removed', 'modified']), 'before').map((i) => saidBy(before[i]!));
    for (const e of added) {
      const s = saidBy(after[e.after!]!);
      if (sources.some((src) => saysAll(src, s))) out.added.add(e.after!);
    }
  }
  if (removed.length) {
    const sources = rewritten(new Set(['added', 'modified']), 'after').map((j) => saidBy(after[j]!));
    for (const e of removed) {
      const s = saidBy(before[e.before!]!);
      if (sources.some((src) => saysAll(src, s))) out.removed.add(e.before!);
    }
  }
  return out;
}
