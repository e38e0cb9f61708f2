// The same words cut into clauses in other places: list items joined into one paragraph ("(i) … ; (ii) … ; (iii) …"),
// a paragraph split into list items, a sentence break moved. The clauses differ one by one, but a run of them reads
// word for word as a run of the other version's, so the terms say the same.
import type { Clause } from '../types';
import type { Alignment } from './align';
import { clauseKey } from './align';
import { tokens } from './similarity';

/** Longest run of clauses tried on either side. */
const MAX_RUN = 24;

/**
 * Walks runs from `i` (before) and `j` (after) word by word; the run ends of the first place where both sides end a
 * clause together, past at least one clause boundary inside a run. Null when a word differs first.
 */
function runEnds(
  B: readonly string[][],
  A: readonly string[][],
  freeB: ReadonlySet<number>,
  freeA: ReadonlySet<number>,
  i: number,
  j: number,
): { i: number; j: number } | null {
  let bi = i;
  let aj = j;
  let bw = 0;
  let aw = 0;
  while (bi - i < MAX_RUN && aj - j < MAX_RUN) {
    const b = B[bi]!;
    const a = A[aj]!;
    if (b[bw] !== a[aw]) return null;
    bw++;
    aw++;
    const bEnd = bw === b.length;
    const aEnd = aw === a.length;
    if (bEnd && aEnd) return bi > i || aj > j ? { i: bi, j: aj } : null;
    if (bEnd) {
      bi++;
      bw = 0;
      if (!freeB.has(bi) || !B[bi]?.length) return null;
    }
    if (aEnd) {
      aj++;
      aw = 0;
      if (!freeA.has(aj) || !A[aj]?.length) return null;
    }
  }
  return null;
}

/**
 * The before- and after-indices of clauses that the alignment lists as changed (added, removed, modified) but that
 * only were cut differently: a run of them on one side has the same words, in order, as a run on the other side.
 */
export function rejoinedClauses(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
): { before: Set<number>; after: Set<number> } {
  const freeB = new Set<number>();
  const freeA = new Set<number>();
  for (const e of alignment) {
    if (e.kind === 'same' || e.kind === 'moved') continue;
    if (e.before !== null) freeB.add(e.before);
    if (e.after !== null) freeA.add(e.after);
  }
  const out = { before: new Set<number>(), after: new Set<number>() };
  if (!freeB.size || !freeA.size) return out;
  const B = before.map((c, i) => (freeB.has(i) ? tokens(clauseKey(c.text)) : []));
  const A = after.map((c, j) => (freeA.has(j) ? tokens(clauseKey(c.text)) : []));
  const startsB = new Map<string, number[]>();
  for (const i of freeB) {
    const first = B[i]![0];
    if (first === undefined) continue;
    const list = startsB.get(first);
    if (list) list.push(i);
    else startsB.set(first, [i]);
  }
  for (const j of [...freeA].sort((x, y) => x - y)) {
    if (out.after.has(j) || !A[j]!.length) continue;
    for (const i of startsB.get(A[j]![0]!) ?? []) {
      if (out.before.has(i)) continue;
      const end = runEnds(B, A, freeB, freeA, i, j);
      if (!end) continue;
      for (let k = i; k <= end.i; k++) out.before.add(k);
      for (let k = j; k <= end.j; k++) out.after.add(k);
      break;
    }
  }
  return out;
}
