// A block that holds no clause in one version and a clause in the other, with the blocks around it the same: the
// page set a heading as a paragraph (bold removed from "**Depending on your residence, you are onboarded by:**", a
// heading level dropped). The heading is not in the version's snapshot when no clause sits under it (a bold line
// followed by another bold line), so the block layout is the only trace that the text was there before.
import type { Clause } from '../types';
import type { Alignment } from './align';

/**
 * The longest text a bold line may have and still be read as a heading (PSEUDO_HEADING_MAX in
 * src/core/extract/extract-document.ts): a longer block that lost its clauses lost text, not a heading's markup.
 */
const HEADING_MAX_CHARS = 150;

interface Anchor {
  before: number;
  after: number;
}

/** The length of the text of every block holding at least one clause (its clauses' texts, without the spaces). */
function blockLengths(clauses: readonly Clause[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of clauses) out.set(c.block, (out.get(c.block) ?? 0) + c.text.length);
  return out;
}

/**
 * Whether `block` of one version (short enough for a heading) sits between two anchors (clauses kept in place in both versions) that hold the
 * same number of blocks between them in both, and the block at the same offset in the other version holds no clause.
 */
function wasBare(
  block: number,
  prev: { mine: number; theirs: number } | undefined,
  next: { mine: number; theirs: number } | undefined,
  theirCovered: ReadonlyMap<number, number>,
): boolean {
  if (!prev || !next) return false;
  if (block <= prev.mine || block >= next.mine) return false;
  if (next.mine - prev.mine !== next.theirs - prev.theirs) return false;
  return !theirCovered.has(prev.theirs + (block - prev.mine));
}

/**
 * The clauses an alignment lists as added (after-indices) or removed (before-indices) that only changed from a
 * block without clauses (a heading, left out of the snapshot) to a clause, the blocks around them unchanged.
 */
export function fromBareBlocks(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
): { added: Set<number>; removed: Set<number> } {
  const anchors: Anchor[] = alignment
    .filter((e) => (e.kind === 'same' || e.kind === 'modified') && e.before !== null && e.after !== null)
    .map((e) => ({ before: e.before!, after: e.after! }));
  const coveredBefore = blockLengths(before);
  const coveredAfter = blockLengths(after);
  const added = new Set<number>();
  const removed = new Set<number>();
  const side = (
    index: number,
    mine: 'before' | 'after',
    clauses: readonly Clause[],
    other: readonly Clause[],
    mineCovered: ReadonlyMap<number, number>,
    theirCovered: ReadonlyMap<number, number>,
  ): boolean => {
    const block = clauses[index]!.block;
    if (mineCovered.get(block)! > HEADING_MAX_CHARS) return false;
    const theirs = mine === 'before' ? 'after' : 'before';
    let prev: Anchor | undefined;
    let next: Anchor | undefined;
    for (const a of anchors) {
      if (a[mine] < index && (!prev || a[mine] > prev[mine])) prev = a;
      if (a[mine] > index && (!next || a[mine] < next[mine])) next = a;
    }
    // Anchors out of order (a moved passage) say nothing about the blocks between them.
    if (!prev || !next || prev[theirs] >= next[theirs]) return false;
    const at = (a: Anchor): { mine: number; theirs: number } => ({
      mine: clauses[a[mine]]!.block,
      theirs: other[a[theirs]]!.block,
    });
    return wasBare(block, at(prev), at(next), theirCovered);
  };
  for (const e of alignment) {
    if (e.kind === 'added' && side(e.after!, 'after', after, before, coveredAfter, coveredBefore)) added.add(e.after!);
    if (e.kind === 'removed' && side(e.before!, 'before', before, after, coveredBefore, coveredAfter))
      removed.add(e.before!);
  }
  return { added, removed };
}
