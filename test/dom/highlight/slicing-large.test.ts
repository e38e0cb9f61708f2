// @vitest-environment happy-dom
// Slicing at scale (slow project): 3,000 clauses in happy-dom, which is far slower than a browser at building marks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { bigPage, tickingClock } from './page-fixture';

afterEach(() => {
  vi.restoreAllMocks();
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('slicing a large page', () => {
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
});
