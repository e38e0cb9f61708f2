// forEachInOrder: results leave in the items' order whatever order they finish in, and no more than the window is
// ever started ahead of the oldest unfinished item.
import { describe, expect, it } from 'vitest';
import { forEachInOrder } from '../../../src/cli/batch/in-order';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('forEachInOrder', () => {
  it('emits in input order when later items finish first', async () => {
    const delays = [60, 5, 30, 1, 20, 1];
    const finishedOrder: number[] = [];
    const emitted: number[] = [];
    await forEachInOrder(
      delays,
      { concurrency: 3, window: 6 },
      async (ms, i) => {
        await sleep(ms);
        finishedOrder.push(i);
        return i;
      },
      (r) => emitted.push(r),
    );
    expect(finishedOrder).not.toEqual([0, 1, 2, 3, 4, 5]);
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('emits each result as soon as everything before it is out', async () => {
    const log: string[] = [];
    await forEachInOrder(
      [10, 80],
      { concurrency: 2, window: 2 },
      async (ms, i) => {
        await sleep(ms);
        log.push(`done ${i}`);
        return i;
      },
      (r) => log.push(`emit ${r}`),
    );
    expect(log).toEqual(['done 0', 'emit 0', 'done 1', 'emit 1']);
  });

  it('while the first item is slow, starts at most window items and holds at most window - 1 results', async () => {
    let started = 0;
    let maxStartedAhead = 0;
    let emittedCount = 0;
    const items = Array.from({ length: 20 }, (_, i) => (i === 0 ? 80 : 1));
    await forEachInOrder(
      items,
      { concurrency: 2, window: 4 },
      async (ms) => {
        started++;
        maxStartedAhead = Math.max(maxStartedAhead, started - emittedCount);
        await sleep(ms);
      },
      () => void emittedCount++,
    );
    expect(emittedCount).toBe(20);
    expect(maxStartedAhead).toBeLessThanOrEqual(4);
  });

  it('runs no more than `concurrency` at once', async () => {
    let active = 0;
    let peak = 0;
    await forEachInOrder(
      Array.from({ length: 10 }, () => 3),
      { concurrency: 2, window: 8 },
      async (ms) => {
        peak = Math.max(peak, ++active);
        await sleep(ms);
        active--;
      },
      () => {},
    );
    expect(peak).toBe(2);
  });

  it('rejects when work rejects', async () => {
    await expect(
      forEachInOrder(
        [1, 2],
        { concurrency: 1, window: 1 },
        async (x) => {
          if (x === 2) throw new Error('boom');
          return x;
        },
        () => {},
      ),
    ).rejects.toThrow('boom');
  });
});
