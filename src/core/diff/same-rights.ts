// A clause reworded in place that the analyser may read a little differently ("third-party providers" → "third-party
// service providers", "as amended from time to time" → "as they may change from time to time"), while the document
// says what it said: every right the clause gives before and after (category × stance × who takes it) another clause
// of each version states too, the clause sits under a heading both versions have, it gains or loses no negation and
// no number, and every word that can bear a term (bearing.ts) it gains the old version's section already says, every
// one it loses the new version's section still says. The reader's deal is the same; only one sentence's wording moved.
//
// Structural, not word-level: leave-one-history-out cross-validation over the development labels
// (scripts/eval/changes/cv.ts, family `inplace`) chose the first conditions; word-level demotions failed it. The words
// condition keeps a reach the section never spoke of ("advertisers" → "advertisers and data brokers") reported, since
// a right stated elsewhere is only a category, not its recipients or its data.
import { rightKeyOf } from '../score/rights';
import type { Clause, Finding } from '../types';
import { clauseKey } from './align';
import { bearingStems } from './bearing';
import { wordingOf } from './wording';

/** The rights a set of findings gives, with who takes each (mentions give none). */
export function rightsWithActor(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => !f.role).map((f) => `${rightKeyOf(f)}|${f.actor}`));
}

/** What one version gives and says, by clause and by section. */
export interface VersionRights {
  /** Right (rightsWithActor) → how many clauses give it. */
  givenBy: ReadonlyMap<string, number>;
  /** Heading (clauseKey of the innermost heading, "" for none) → the stems its clauses say. */
  sectionStems: ReadonlyMap<string, ReadonlySet<string>>;
}

const headingOf = (c: Clause): string => clauseKey(c.sectionPath.at(-1) ?? '');

export function versionRights(
  clauses: readonly Clause[],
  findingsOf: (id: string) => readonly Finding[],
): VersionRights {
  const givenBy = new Map<string, number>();
  const sectionStems = new Map<string, Set<string>>();
  for (const c of clauses) {
    for (const r of rightsWithActor(findingsOf(c.id))) givenBy.set(r, (givenBy.get(r) ?? 0) + 1);
    const h = headingOf(c);
    const set = sectionStems.get(h) ?? new Set<string>();
    for (const s of wordingOf(c.text).stems) set.add(s);
    sectionStems.set(h, set);
  }
  return { givenBy, sectionStems };
}

const sortedNumbers = (text: string): string => [...wordingOf(text).numbers].sort().join(' ');

/** Whether a clause reworded in place leaves what the document says as it was (see the head). */
export function sameRightsInPlace(
  before: Clause,
  after: Clause,
  fb: readonly Finding[],
  fa: readonly Finding[],
  rb: VersionRights,
  ra: VersionRights,
): boolean {
  const own = { before: rightsWithActor(fb), after: rightsWithActor(fa) };
  const rights = new Set([...own.before, ...own.after]);
  if (!rights.size) return false;
  // Said by another clause of each version: the clause itself is not where the document says it elsewhere.
  const elsewhere = (v: VersionRights, mine: ReadonlySet<string>, r: string): boolean =>
    (v.givenBy.get(r) ?? 0) - (mine.has(r) ? 1 : 0) > 0;
  if (![...rights].every((r) => elsewhere(rb, own.before, r) && elsewhere(ra, own.after, r))) return false;
  // A category read on both sides keeps its stance and taker: "unless you opt out" added to a sharing clause narrows
  // that clause even when the document gives both rights elsewhere. A reading that appears or vanishes on one side
  // ("as amended" → "as they may change" read as a change of terms) is the analyser's, and the rest decides.
  const keyOf = (fs: readonly Finding[], category: string): string =>
    [...rightsWithActor(fs.filter((f) => f.category === category))].sort().join();
  for (const category of new Set(fb.filter((f) => !f.role).map((f) => f.category))) {
    const k = keyOf(fa, category);
    if (k && k !== keyOf(fb, category)) return false;
  }
  const hb = headingOf(before);
  const ha = headingOf(after);
  if (!ra.sectionStems.has(hb) || !rb.sectionStems.has(ha)) return false;
  const wb = wordingOf(before.text);
  const wa = wordingOf(after.text);
  if (wb.negations !== wa.negations || sortedNumbers(before.text) !== sortedNumbers(after.text)) return false;
  const bearing = bearingStems();
  const stemsB = new Set(wb.stems);
  const stemsA = new Set(wa.stems);
  const gained = wa.stems.filter((s) => bearing.has(s) && !stemsB.has(s));
  const lost = wb.stems.filter((s) => bearing.has(s) && !stemsA.has(s));
  return gained.every((s) => rb.sectionStems.get(ha)!.has(s)) && lost.every((s) => ra.sectionStems.get(hb)!.has(s));
}
