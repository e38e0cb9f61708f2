import { afterEach, describe, expect, it, vi } from 'vitest';

// Recorded before the module under test loads, since it captures native DOM methods at load.
const scrolls = vi.hoisted(() => {
  const calls: Array<{ el: Element; arg: unknown }> = [];
  Element.prototype.scrollIntoView = function (this: Element, arg?: unknown) {
    calls.push({ el: this, arg });
  };
  return calls;
});

import { highlightClauses, removeAllHighlights, type HighlightHandle } from '../../../src/content/highlight';
import { blocksOf, finding, liveLocator, sentenceClauses } from './page-fixture';

async function setup(): Promise<HighlightHandle> {
  document.body.innerHTML = '<p>We train <i>models</i> on your data. We do not sell it.</p>';
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  return highlightClauses(document, clauses.map((clause) => ({ clause, findings: [finding(clause.id)] })), { locate: liveLocator(blocks) });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  scrolls.length = 0;
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('flash', () => {
  it('scrolls the clause into view, smooth and centred, and outlines every piece briefly', async () => {
    const handle = await setup();
    vi.useFakeTimers();
    const pieces = handle.marks.filter((m) => m.getAttribute('data-termwatch-clause') === 'c0');
    expect(pieces).toHaveLength(3);
    expect(handle.flash('c0')).toBe(true);
    expect(scrolls).toEqual([{ el: pieces[0], arg: { behavior: 'smooth', block: 'center', inline: 'nearest' } }]);
    for (const piece of pieces) expect(piece.style.getPropertyValue('outline')).not.toBe('');
    vi.advanceTimersByTime(5000);
    for (const piece of pieces) expect(piece.style.getPropertyValue('outline')).toBe('');
    // The mark's own look survives the flash.
    expect(pieces[0]!.style.getPropertyPriority('background-color')).toBe('important');
  });

  it('jumps instead of scrolling smoothly when the user prefers reduced motion', async () => {
    const handle = await setup();
    vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('reduce'), media: q }) as MediaQueryList);
    handle.flash('c1');
    expect(scrolls[0]!.arg).toMatchObject({ behavior: 'auto', block: 'center' });
  });

  it('returns false for an unknown clause or once highlights are gone', async () => {
    const handle = await setup();
    expect(handle.flash('c99')).toBe(false);
    handle.remove();
    expect(handle.flash('c0')).toBe(false);
    expect(scrolls).toEqual([]);
  });
});
