// Clause alignment between two versions: exact matches first (in order = unchanged, out of order = moved), then
// reworded clauses paired by word similarity, with a bonus for staying in the same (possibly renumbered) section.
import type { Clause } from '../types';
import { comparableText } from '../normalize/comparable';
import { bagOf, dice, tokens, type Bag } from './similarity';
import { sectionNumber, sectionTitle } from './section';

export type AlignKind = 'same' | 'moved' | 'modified' | 'added' | 'removed';

export interface Alignment {
  kind: AlignKind;
  before: number | null;
  after: number | null;
  /** Position in the new version's reading order (removed clauses sit after their predecessor); for stable ranking. */
  position: number;
}

/** Below this similarity two clauses are different clauses, not a rewording of one. */
export const MODIFIED_MIN_SIMILARITY = 0.5;
const SAME_SECTION_BONUS = 0.1;

/** Identity key (comparableText): noise-free, case- and markup-insensitive text; empty for noise-only clauses. */
export function clauseKey(text: string): string {
  return comparableText(text);
}

/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

interface Side {
  keys: string[];
  bags: Bag[];
  sizes: number[];
}

function prepare(clauses: readonly Clause[]): Side {
  const keys = clauses.map((c) => clauseKey(c.text));
  const words = keys.map(tokens);
  return { keys, bags: words.map(bagOf), sizes: words.map((w) => w.length) };
}

function sameSection(a: Clause, b: Clause): boolean {
  const ta = sectionTitle(a.section);
  if (ta && ta === sectionTitle(b.section)) return true;
  const na = sectionNumber(a.section);
  return na !== null && na === sectionNumber(b.section);
}

export function alignClauses(before: readonly Clause[], after: readonly Clause[]): Alignment[] {
  const B = prepare(before);
  const A = prepare(after);
  const pairOfAfter = new Array<number | null>(after.length).fill(null);
  const pairOfBefore = new Array<number | null>(before.length).fill(null);

  // 1. Exact matches. The longest in-order chain of equal keys is unchanged: every (before, after) pair of equal keys,
  // each after-clause's candidates in decreasing order, so that a strictly increasing run takes at most one per
  // after-clause (Hunt–Szymanski). A clause repeated on the page ("· Third parties") that gains an occurrence early on
  // then keeps its later occurrences in place rather than shifting each to the next one.
  const positions = new Map<string, number[]>();
  B.keys.forEach((k, i) => {
    if (!k) return;
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  const pairs: Array<[number, number]> = [];
  A.keys.forEach((k, j) => {
    const list = k ? positions.get(k) : undefined;
    if (list) for (let n = list.length - 1; n >= 0; n--) pairs.push([list[n]!, j]);
  });
  for (const n of longestIncreasing(pairs.map((p) => p[0]))) {
    const [i, j] = pairs[n]!;
    pairOfAfter[j] = i;
    pairOfBefore[i] = j;
  }
  // Equal keys left outside that chain changed place: k-th remaining occurrence to k-th remaining occurrence.
  const queues = new Map<string, number[]>();
  B.keys.forEach((k, i) => {
    if (!k || pairOfBefore[i] !== null) return;
    const q = queues.get(k);
    if (q) q.push(i);
    else queues.set(k, [i]);
  });
  const movedAfter = new Set<number>();
  A.keys.forEach((k, j) => {
    if (!k || pairOfAfter[j] !== null) return;
    const i = queues.get(k)?.shift();
    if (i === undefined) return;
    pairOfAfter[j] = i;
    pairOfBefore[i] = j;
    movedAfter.add(j);
  });

  // 2. Reworded clauses: best-scoring pairs first among the leftovers.
  const freeB = before.map((_, i) => i).filter((i) => pairOfBefore[i] === null && B.keys[i]);
  const freeA = after.map((_, j) => j).filter((j) => pairOfAfter[j] === null && A.keys[j]);
  const candidates: Array<[number, number, number]> = [];
  for (const j of freeA) {
    const sa = A.sizes[j]!;
    for (const i of freeB) {
      const sb = B.sizes[i]!;
      // Upper bound of Dice from the sizes alone: skips most pairs without touching the bags.
      if ((2 * Math.min(sa, sb)) / (sa + sb) + SAME_SECTION_BONUS < MODIFIED_MIN_SIMILARITY) continue;
      const sim = dice(B.bags[i]!, sb, A.bags[j]!, sa);
      if (sim < MODIFIED_MIN_SIMILARITY - SAME_SECTION_BONUS) continue;
      const score = sim + (sameSection(before[i]!, after[j]!) ? SAME_SECTION_BONUS : 0);
      if (score >= MODIFIED_MIN_SIMILARITY) candidates.push([score, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[2] - y[2]);
  const fuzzyAfter = new Set<number>();
  for (const [, i, j] of candidates) {
    if (pairOfBefore[i] !== null || pairOfAfter[j] !== null) continue;
    pairOfBefore[i] = j;
    pairOfAfter[j] = i;
    fuzzyAfter.add(j);
  }

  // 3. Emit in the new version's order, removed clauses right after their nearest paired predecessor.
  const out: Alignment[] = [];
  after.forEach((_, j) => {
    if (!A.keys[j]) return;
    const i = pairOfAfter[j] ?? null;
    const kind: AlignKind =
      i === null ? 'added' : fuzzyAfter.has(j) ? 'modified' : movedAfter.has(j) ? 'moved' : 'same';
    out.push({ kind, before: i, after: j, position: j });
  });
  let anchor = -0.5;
  before.forEach((_, i) => {
    const j = pairOfBefore[i];
    if (j !== null && j !== undefined) anchor = j;
    else if (B.keys[i]) out.push({ kind: 'removed', before: i, after: null, position: anchor + 0.5 });
  });
  return out.sort((x, y) => x.position - y.position);
}
