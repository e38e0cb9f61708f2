// A list numbered inline in one version ("These rights include (1) to obtain …; (2) to request …; and (3) to lodge …")
// and set as a lead-in and list items in the other ("These rights include:" / "To obtain …" / "To request …"): the same
// words in the same order, cut otherwise. The one clause is then said whole by the run of clauses it was cut into.
//
// - Only a clause that numbers at least two items inline: a sentence merely split in two is judged elsewhere
//   (restated-in-block.ts, rejoined.ts).
// - The run is consecutive clauses of the other version that say the clause's words in order, every word of it, and
//   nothing else; only the item numbers and a conjunction joining two items ("; and (7)") may be left out at a seam. A
//   word changed, dropped or added in any item, an item moved elsewhere, or an item left out is still a change.
// - The run's findings together must say the same rights as the clause: an item read alone may lose what the sentence
//   said, or say what it did not.
// - The clause and each clause of its run then count as a wording edit, whether the alignment left them unpaired or
//   paired the clause with its lead-in or one of its items.
import { rightKeyOf } from '../score/rights';
import type { Clause, Finding } from '../types';
import type { Alignment } from './align';
import { tokensOf } from './restated-in-block';

/** An item number set inline: "(1)", "(b)", "(iv)". */
const ENUMERATOR = /\((?:\d{1,2}|[a-z]|[ivx]{2,5})\)/gi;
/** A clause numbers a list inline when it holds at least this many item numbers. */
const MIN_ITEMS = 2;
/** The words that join a list's last item to the one before it, left out when the items are set apart. */
const SEAM_CONJUNCTION = /^(?:and|or)$/;

const wordsOf = (text: string): string[] => tokensOf(text.replace(ENUMERATOR, ' '));

/** Every right a clause's findings say: category × stance × who takes it, its weight. */
function rightsOf(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => !f.role).map((f) => `${rightKeyOf(f)}|${f.actor}|${f.severity}`));
}

/** Whether `part` is `whole` from position `at` on. */
function saysAt(whole: readonly string[], part: readonly string[], at: number): boolean {
  if (!part.length || at + part.length > whole.length) return false;
  return part.every((w, k) => whole[at + k] === w);
}

/**
 * The index just past the run of `parts`, from `first` on, that says `whole` word for word and to its end (see the
 * head), or -1.
 */
function runEnd(whole: readonly string[], parts: readonly (readonly string[])[], first: number): number {
  let at = 0;
  for (let k = first; k < parts.length; k++) {
    const part = parts[k]!;
    if (saysAt(whole, part, at)) at += part.length;
    else if (k > first && SEAM_CONJUNCTION.test(whole[at] ?? '') && saysAt(whole, part, at + 1)) at += part.length + 1;
    else return -1;
    if (at === whole.length) return k + 1;
  }
  return -1;
}

/**
 * For a clause of one version, the indices of the run of consecutive clauses of the other version (`parts`: their
 * words) that sets the list it numbers inline apart in the same words, or null (see the head).
 */
function runOf(text: string, parts: readonly (readonly string[])[]): number[] | null {
  if ((text.match(ENUMERATOR) ?? []).length < MIN_ITEMS) return null;
  const whole = wordsOf(text);
  for (let first = 0; first < parts.length; first++) {
    if (!saysAt(whole, parts[first]!, 0)) continue;
    const end = runEnd(whole, parts, first);
    if (end - first >= MIN_ITEMS) return Array.from({ length: end - first }, (_, k) => first + k);
  }
  return null;
}

/** What listedApart finds: clause indices, of the new version for `added` and `reworded`, of the old one else. */
export interface ListedApart {
  added: Set<number>;
  removed: Set<number>;
  /** Clauses paired in the alignment, one side the inline list and the other its lead-in or one of its items. */
  reworded: Set<number>;
}

/**
 * The changed clauses that are a list numbered inline in one version and the clauses it was set apart into in the
 * other (see the head): the run's findings together say the same rights as the inline list, no more and no fewer.
 */
export function listedApart(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
  findingsBefore: (id: string) => readonly Finding[],
  findingsAfter: (id: string) => readonly Finding[],
): ListedApart {
  const out: ListedApart = { added: new Set(), removed: new Set(), reworded: new Set() };
  const changed = alignment.filter((e) => e.kind !== 'same');
  if (!changed.length) return out;
  const partsBefore = before.map((c) => wordsOf(c.text));
  const partsAfter = after.map((c) => wordsOf(c.text));
  const rightsOfRun = (clauses: readonly Clause[], run: readonly number[], of: (id: string) => readonly Finding[]) =>
    rightsOf(run.flatMap((k) => of(clauses[k]!.id)));
  // Old index → the new clauses it was set apart into; new index → the old clauses it was joined from.
  const cutInto = new Map<number, Set<number>>();
  const joinedFrom = new Map<number, Set<number>>();
  for (const e of changed) {
    if (e.before !== null) {
      const run = runOf(before[e.before]!.text, partsAfter);
      if (run && sameSet(rightsOf(findingsBefore(before[e.before]!.id)), rightsOfRun(after, run, findingsAfter)))
        cutInto.set(e.before, new Set(run));
    }
    if (e.after !== null) {
      const run = runOf(after[e.after]!.text, partsBefore);
      if (run && sameSet(rightsOf(findingsAfter(after[e.after]!.id)), rightsOfRun(before, run, findingsBefore)))
        joinedFrom.set(e.after, new Set(run));
    }
  }
  if (!cutInto.size && !joinedFrom.size) return out;
  const pieces = new Set([...cutInto.values()].flatMap((r) => [...r]));
  const joined = new Set([...joinedFrom.values()].flatMap((r) => [...r]));
  for (const e of changed) {
    if (e.kind === 'removed' && (cutInto.has(e.before!) || joined.has(e.before!))) out.removed.add(e.before!);
    else if (e.kind === 'added' && (joinedFrom.has(e.after!) || pieces.has(e.after!))) out.added.add(e.after!);
    else if (
      e.kind === 'modified' &&
      ((cutInto.get(e.before!)?.has(e.after!) ?? false) || (joinedFrom.get(e.after!)?.has(e.before!) ?? false))
    )
      out.reworded.add(e.after!);
  }
  return out;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((k) => b.has(k));
