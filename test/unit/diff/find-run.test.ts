// findRun is isFramed's search for the shorter version's clause keys inside the longer one's: linear, and finding the
// same place as retrying the run at each place its first key stands (the search it replaced, kept here as the
// reference).
import { describe, expect, it } from 'vitest';
import { findRun, type RunCost } from '../../../src/core/diff/find-run';
import { mulberry32 } from '../../../scripts/seeded-random';

/** The first place ≥ 1 where `run` stands whole with a key of `keys` after it, retried at each place run[0] stands. */
function retryEachStart(keys: readonly string[], run: readonly string[]): number {
  const n = run.length;
  for (let at = keys.indexOf(run[0]!, 1); at > 0 && at + n < keys.length; at = keys.indexOf(run[0]!, at + 1))
    if (run.every((k, i) => keys[at + i] === k)) return at;
  return -1;
}

describe('findRun', () => {
  it.each([
    [['m', 'a', 'b', 'f'], ['a', 'b'], 1],
    [['a', 'b', 'a', 'b', 'f'], ['a', 'b'], 2], // not at 0: a clause must stand before it
    [['m', 'a', 'b'], ['a', 'b'], -1], // nor at the end: a clause must stand after it
    [['m', 'a', 'a', 'b', 'f'], ['a', 'b'], 2], // a first key that stands twice
    [['m', 'a', 'a', 'a', 'x', 'f'], ['a', 'a', 'x'], 2], // the near miss: a border shorter than the run
    [['m', 'a', 'b', 'f'], [], -1],
  ])('%j, run %j: %i', (keys, run, at) => {
    expect(findRun(keys, run, 1, keys.length - 1)).toBe(at);
    expect(retryEachStart(keys, run)).toBe(at);
  });

  it('finds what retrying at each start finds, on 20,000 random small key lists', () => {
    const random = mulberry32(41);
    const keysOf = (length: number, letters: number): string[] =>
      Array.from({ length }, () => 'abc'[Math.floor(random() * letters)]!);
    const wrong: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      const letters = 1 + Math.floor(random() * 3);
      const keys = keysOf(Math.floor(random() * 14), letters);
      const run = keysOf(1 + Math.floor(random() * 6), letters);
      const found = findRun(keys, run, 1, keys.length - 1);
      if (found !== retryEachStart(keys, run)) wrong.push(`${keys.join('')} / ${run.join('')}: ${found}`);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('compares fewer than 2·(keys + run) keys, however repetitive', () => {
    for (const run of [['a', 'a', 'a', 'x'], ['a', 'x', 'a', 'x', 'a', 'y'], Array(500).fill('a').concat('x')]) {
      const keys = Array<string>(2000).fill('a');
      const cost: RunCost = { compared: 0 };
      expect(findRun(keys, run as string[], 1, keys.length - 1, cost)).toBe(-1);
      expect(cost.compared).toBeLessThan(2 * (keys.length + run.length));
    }
  });
});
