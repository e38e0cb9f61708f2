// Where a unit's clauses start and end: one splitter for the stance reader (stance.ts's clauseAt reads the clause
// holding an action) and the tracking choice reader (tracking-choice.ts reads every clause of a unit). Words: lexicon.ts
// CLAUSE_CONJUNCTIONS and CLAUSE_SUBJECTS.
import { CLAUSE_CONJUNCTIONS, CLAUSE_SUBJECTS } from './lexicon';
import { wordsPattern } from './word-pattern';
import { isNonFinalPeriod } from '../extract/split-sentences';

/** ", and we …": a new clause with its own subject ("We share your data, and we only disclose it … if obligated"). */
export const NEW_CLAUSE_START = new RegExp(
  String.raw`,\s*${wordsPattern(CLAUSE_CONJUNCTIONS)}\s+(?=${wordsPattern(CLAUSE_SUBJECTS)}\b)`,
  'g',
);
/** A sentence's or a semicolon clause's end mark, before a space or the end of the unit. */
const CLAUSE_END = /[;.!?](?=\s|$)/g;

/**
 * The clauses of a unit as [start, end) offsets, each with its end mark: its sentences and the parts a semicolon
 * divides, and with `newSubject` also the parts ", and we …" opens. No cut at an abbreviation ("(e.g. pixels)", "incl.").
 */
export function clauseSpans(lower: string, newSubject: boolean): [number, number][] {
  const cuts = [
    ...[...lower.matchAll(CLAUSE_END)]
      .filter((m) => m[0] !== '.' || !isNonFinalPeriod(lower, m.index, 0))
      .map((m) => m.index + 1),
    ...(newSubject ? [...lower.matchAll(NEW_CLAUSE_START)].map((m) => m.index) : []),
  ].sort((a, b) => a - b);
  const out: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts, lower.length]) {
    if (cut > from) out.push([from, cut]);
    from = Math.max(from, cut);
  }
  return out;
}

/** The text of a unit's sentences and semicolon clauses (no cut at ", and we …"). */
export const sentenceClauses = (lower: string): string[] =>
  clauseSpans(lower, false).map(([s, e]) => lower.slice(s, e));
