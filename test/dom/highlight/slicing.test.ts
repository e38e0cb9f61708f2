import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightItem, type Locator } from '../../../src/content/highlight';
import { blocksOf, finding, liveLocator, ourElements, sentenceClauses, textSnapshot } from './page-fixture';

/** `paragraphs` paragraphs of three sentences each: 3 × paragraphs clauses, all flagged. */
function bigPage(paragraphs: number): { items: HighlightItem[]; locate: Locator } {
  const p = '<p>We may use your content to <b>train</b> models. We share data with partners. We keep it for <a href="#">ever</a>.</p>';
  document.body.innerHTML = p.repeat(paragraphs);
  const blocks = blocksOf(document.body);
  const items = sentenceClauses(blocks).map((clause) => ({ clause, findings: [finding(clause.id)] }));
  return { items, locate: liveLocator(blocks) };
}

/** A clock that advances 1 ms per reading, so slice sizes do not depend on this machine's speed. */
function tickingClock(): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++t);
}

afterEach(() => {
  vi.restoreAllMocks();
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('slicing', () => {
  it('yields to the page between slices for 3,000 clauses and reports progress', async () => {
    const { items, locate } = bigPage(1000);
    expect(items).toHaveLength(3000);
    tickingClock();
    // A task the page queued before we started must get its turn while we are still working.
    let pageTaskRan = false;
    let pageTaskRanBeforeEnd = false;
    setTimeout(() => (pageTaskRan = true), 0);
    const progress: Array<[number, number]> = [];
    const handle = await highlightClauses(document, items, {
      locate,
      sliceBudgetMs: 8,
      onProgress: (d, t) => {
        progress.push([d, t]);
        if (d < t && pageTaskRan) pageTaskRanBeforeEnd = true;
      },
    });
    expect(handle.count).toBe(3000);
    // About 8 clauses per 8 ms slice with this clock: hundreds of slices.
    expect(progress.length).toBeGreaterThan(300);
    expect(pageTaskRanBeforeEnd).toBe(true);
    expect(progress.at(-1)).toEqual([3000, 3000]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThan(progress[i - 1]![0]);
  }, 30_000); // happy-dom is far slower than a browser at building 7,000 marks

  it('does everything in one slice when the budget allows', async () => {
    const { items, locate } = bigPage(20);
    tickingClock();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const progress: number[] = [];
    await highlightClauses(document, items, { locate, sliceBudgetMs: Infinity, onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([60]);
    expect(timeouts).not.toHaveBeenCalled();
  });

  it('does not use scheduler.yield, whose continuations would run ahead of the page\'s own tasks', async () => {
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
    expect(document.querySelectorAll('termwatch-mark[tabindex]')).toHaveLength(3);
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
