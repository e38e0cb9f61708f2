import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { bigPage, ourElements, overlayParts, textSnapshot, tickingClock } from './page-fixture';

afterEach(() => {
  vi.restoreAllMocks();
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('slicing', () => {
  it('does everything in one slice when the budget allows', async () => {
    const { items, locate } = bigPage(20);
    tickingClock();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const progress: number[] = [];
    await highlightClauses(document, items, { locate, sliceBudgetMs: Infinity, onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([60]);
    expect(timeouts).not.toHaveBeenCalled();
  });

  it("does not use scheduler.yield, whose continuations would run ahead of the page's own tasks", async () => {
    const { items, locate } = bigPage(10);
    tickingClock();
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    const progress: number[] = [];
    try {
      await highlightClauses(document, items, { locate, sliceBudgetMs: 4, onProgress: (d) => progress.push(d) });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(progress.length).toBeGreaterThan(3);
    expect(yieldFn).not.toHaveBeenCalled();
  });
});

describe('aborting', () => {
  it('stops mid-run, rejects with the abort reason and removes every mark it added', async () => {
    const { items, locate } = bigPage(300);
    const before = textSnapshot(document.body);
    tickingClock();
    const controller = new AbortController();
    let slices = 0;
    const run = highlightClauses(document, items, {
      locate,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 5) controller.abort(new Error('user left'));
      },
    });
    await expect(run).rejects.toThrow('user left');
    expect(slices).toBe(5);
    expect(ourElements(document)).toEqual([]);
    expect(textSnapshot(document.body)).toEqual(before);
  });

  it('removes the highlights when aborted after finishing', async () => {
    const { items, locate } = bigPage(3);
    const before = textSnapshot(document.body);
    const controller = new AbortController();
    const handle = await highlightClauses(document, items, { locate, signal: controller.signal });
    expect(handle.count).toBe(9);
    controller.abort();
    expect(ourElements(document)).toEqual([]);
    expect(textSnapshot(document.body)).toEqual(before);
  });

  it('does not touch the page when the signal is already aborted', async () => {
    const { items, locate } = bigPage(2);
    const first = await highlightClauses(document, items, { locate });
    await expect(highlightClauses(document, items, { locate, signal: AbortSignal.abort() })).rejects.toBeDefined();
    expect(first.count).toBe(6);
  });

  it('a newer run supersedes an unfinished one, which rejects with an AbortError', async () => {
    const { items, locate } = bigPage(200);
    tickingClock();
    const older = highlightClauses(document, items, { locate });
    const newer = highlightClauses(document, items.slice(0, 3), { locate });
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    expect((await newer).count).toBe(3);
    expect(overlayParts().buttons).toHaveLength(3);
  });

  it('removeAllHighlights during a run stops it', async () => {
    const { items, locate } = bigPage(200);
    const before = textSnapshot(document.body);
    tickingClock();
    const run = highlightClauses(document, items, { locate });
    removeAllHighlights(document);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(ourElements(document)).toEqual([]);
    expect(textSnapshot(document.body)).toEqual(before);
  });
});
