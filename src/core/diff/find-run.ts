// Where a run of clause keys first stands whole inside a longer list: isFramed's search for the shorter version
// inside the longer one.

/** Key comparisons made, counted when the caller passes one. */
export interface RunCost {
  compared: number;
}

/**
 * The first index `at` with `from <= at` and `at + run.length <= to` where `keys[at + i] === run[i]` for every i, or
 * -1 when there is none (also for an empty run).
 *
 * Knuth–Morris–Pratt: the table costs under 2·run.length comparisons and the search under 2·(to − from), whatever the
 * keys. Retrying the run at each place its first key stands costs run.length at each of them: a cookie table of 6,000
 * identical rows against its first 3,000 plus an edited row took 9 million comparisons.
 */
export function findRun(
  keys: readonly string[],
  run: readonly string[],
  from: number,
  to: number,
  cost?: RunCost,
): number {
  const n = run.length;
  if (!n || to - from < n) return -1;
  const same = (x: string | undefined, y: string | undefined): boolean => {
    if (cost) cost.compared++;
    return x === y;
  };
  // border[j]: the length of the longest proper prefix of run[0..j] that is also a suffix of it.
  const border = new Array<number>(n).fill(0);
  for (let j = 1, k = 0; j < n; j++) {
    k = extend(run[j], k);
    border[j] = k;
  }
  // Each step compares once, and once more for each fall back along the borders: falls never outnumber the steps.
  function extend(key: string | undefined, matched: number): number {
    for (let k = matched; ; k = border[k - 1]!) {
      if (same(key, run[k])) return k + 1;
      if (k === 0) return 0;
    }
  }
  for (let i = from, j = 0; i < to; i++) {
    j = extend(keys[i], j);
    if (j === n) return i - n + 1;
  }
  return -1;
}
