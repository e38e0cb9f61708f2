// Jump to a clause (from the popup): there is no element to call scrollIntoView on, so the scroll is planned from the
// clause's rectangles (happy-dom has no layout: the test gives the rectangles and the page height).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightHandle } from '../../../src/content/highlight';
import { blocksOf, finding, liveLocator, marksOf, sentenceClauses } from './page-fixture';

async function setup(): Promise<HighlightHandle> {
  document.body.innerHTML = '<p>We train <i>models</i> on your data. We do not sell it.</p>';
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  return highlightClauses(
    document,
    clauses.map((clause) => ({ clause, findings: [finding(clause.id)] })),
    { locate: liveLocator(blocks) },
  );
}

let scrolls: Array<ScrollToOptions | undefined>;
beforeEach(() => {
  // The clause's lines sit at y = 2000 (below a viewport of innerHeight), on a page 5000 px tall.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [new DOMRect(40, 2000, 300, 20)] as unknown as DOMRectList,
  );
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => 5000 });
  scrolls = [];
  vi.spyOn(window, 'scrollBy').mockImplementation(
    ((opts?: ScrollToOptions) => void scrolls.push(opts)) as typeof window.scrollBy,
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('flash', () => {
  it('scrolls the clause to the centre, smoothly, and outlines every piece briefly', async () => {
    const handle = await setup();
    vi.useFakeTimers();
    const pieces = marksOf(handle, 'c0');
    expect(pieces).toHaveLength(3);
    expect(handle.flash('c0')).toBe(true);
    const centre = Math.round(2010 - window.innerHeight / 2);
    expect(scrolls).toEqual([{ top: centre, behavior: 'smooth' }]);
    for (const piece of pieces) expect(piece.style.getPropertyValue('outline')).not.toBe('');
    vi.advanceTimersByTime(5000);
    for (const piece of pieces) expect(piece.style.getPropertyValue('outline')).toBe('');
    // The mark's own look survives the flash.
    expect(pieces[0]!.style.getPropertyPriority('background-color')).toBe('important');
  });

  it('jumps instead of scrolling smoothly when the user prefers reduced motion', async () => {
    const handle = await setup();
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (q: string) => ({ matches: q.includes('reduce'), media: q }) as MediaQueryList,
    );
    handle.flash('c1');
    expect(scrolls[0]).toMatchObject({ behavior: 'auto' });
  });

  it('still flashes a clause that is not rendered, without scrolling', async () => {
    const handle = await setup();
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [] as unknown as DOMRectList);
    expect(handle.flash('c0')).toBe(true);
    expect(scrolls).toEqual([]);
  });

  it('returns false for an unknown clause or once highlights are gone', async () => {
    const handle = await setup();
    expect(handle.flash('c99')).toBe(false);
    handle.remove();
    expect(handle.flash('c0')).toBe(false);
    expect(scrolls).toEqual([]);
  });
});
