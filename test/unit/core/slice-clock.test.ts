// Several sliced runs in a row (the content script reads the page's text, then extracts, then packs the clauses) must
// share one slice budget: with a budget per run, the last slice of one run and the first of the next ran as one task.
import { afterEach, expect, it, vi } from 'vitest';
import { runSliced, sliceClock, type Steps } from '../../../src/core/extract/stepping';

const STEP_MS = 5;
const SLICE_MS = 8;
let fakeNow = 0;

afterEach(() => {
  vi.restoreAllMocks();
});

/** `n` steps of STEP_MS each on the fake clock. */
function* work(n: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    fakeNow += STEP_MS;
    if (i < n - 1) yield;
  }
  return n;
}

/** Runs three runs of `steps` steps each, back to back, and returns the longest stretch of work between pauses. */
async function longestStretch(steps: number, shared: boolean): Promise<number> {
  fakeNow = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => fakeNow);
  let since = 0;
  let longest = 0;
  const yieldFn = async (): Promise<void> => {
    longest = Math.max(longest, fakeNow - since);
    since = fakeNow;
  };
  const clock = shared ? sliceClock() : undefined;
  for (let run = 0; run < 3; run++)
    await runSliced(work(steps), { sliceMs: SLICE_MS, yieldFn, ...(clock ? { clock } : {}) });
  return Math.max(longest, fakeNow - since);
}

it.each([1, 2, 3, 5])('runs of %i steps sharing a clock pause within one step of the budget', async (steps) => {
  expect(await longestStretch(steps, true)).toBeLessThanOrEqual(SLICE_MS + STEP_MS - 1);
});

it('without a shared clock, the end of one run and the start of the next add up (the control)', async () => {
  expect(await longestStretch(3, false)).toBeGreaterThan(SLICE_MS + STEP_MS);
});
