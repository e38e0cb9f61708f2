// The card's place from a clause's line boxes (a pure function of rectangles): next to the clause, never over any of
// its lines, inside the viewport.
import { describe, expect, it } from 'vitest';
import { overlapArea, placeCard, type Box, type Size } from '../../../src/content/highlight/card-position';

const vp: Size = { width: 1000, height: 800 };
const card: Size = { width: 300, height: 150 };
const box = (top: number, left: number, h = 20, w = 100): Box => ({ top, left, bottom: top + h, right: left + w });

/**
 * The line boxes of a paragraph clause: it starts `indent` into its first line and ends `tail` into its last, as
 * text wraps (the boxes of a multi-line clause are a ragged shape, not one rectangle).
 */
function paragraph(
  top: number,
  lines: number,
  opts: { left?: number; width?: number; indent?: number; tail?: number } = {},
): Box[] {
  const { left = 100, width = 600, indent = 0, tail = width } = opts;
  return Array.from({ length: lines }, (_, i) =>
    box(
      top + i * 20,
      i === 0 ? left + indent : left,
      20,
      i === lines - 1 ? Math.min(tail, width) - (i === 0 ? indent : 0) : width - (i === 0 ? indent : 0),
    ),
  );
}

describe('placeCard', () => {
  it.each<[string, Box[], { top: number; left: number }]>([
    ['below when there is room', [box(100, 200)], { top: 126, left: 200 }],
    ['above near the bottom', [box(700, 200)], { top: 544, left: 200 }],
    ['clamped to the right edge', [box(100, 950)], { top: 126, left: 692 }],
    ['clamped to the left edge', [box(100, -50)], { top: 126, left: 8 }],
    ['clause scrolled above the viewport', [box(-200, 10)], { top: 8, left: 10 }],
    ['clause below the viewport', [box(900, 10)], { top: 642, left: 10 }],
    // The first line starts mid-line: the card goes below the last line, not below the first (it used to cover lines 2–4).
    ['below the whole of a four-line clause', paragraph(100, 4, { indent: 300 }), { top: 186, left: 100 }],
    ['above a four-line clause near the bottom', paragraph(640, 4), { top: 484, left: 100 }],
    // Neither above (needs 156 px) nor below fits: beside it, on the side with room.
    ['to the right of a tall clause', paragraph(120, 30, { width: 500 }), { top: 120, left: 606 }],
    [
      'to the left of a tall clause on the right',
      paragraph(120, 30, { left: 420, width: 560 }),
      { top: 120, left: 114 },
    ],
  ])('%s', (_label, rects, expected) => {
    const at = placeCard(rects, card, vp);
    expect(at).toEqual(expected);
    expect(overlapArea(at, card, rects)).toBe(0);
  });

  it('keeps a card larger than the viewport at the top-left margin', () => {
    expect(placeCard([box(100, 100)], { width: 2000, height: 2000 }, vp)).toEqual({ top: 8, left: 8 });
  });

  it('finds the free place nearest a clause that fills the screen (room only after its short last line)', () => {
    // Lines of 900 px from above the viewport down to 660, the last ending at 300: only below-right of it is free.
    const rects = [...paragraph(-400, 53, { left: 50, width: 900, tail: 300 })];
    const at = placeCard(rects, card, vp);
    expect(overlapArea(at, card, rects)).toBe(0);
    expect(at.top + card.height).toBeLessThanOrEqual(vp.height - 8);
  });

  it('covers as little as it can when no place is free', () => {
    const rects = paragraph(-400, 80, { left: 0, width: 1000 });
    const at = placeCard(rects, card, vp);
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.left).toBeGreaterThanOrEqual(8);
  });

  it('never covers a clause of up to ten lines anywhere on a page (seeded sweep)', () => {
    let seed = 17;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const view: Size = { width: 1200, height: 900 };
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const width = 300 + Math.floor(rand() * 500);
      const rects = paragraph(Math.floor(rand() * 1100) - 100, 1 + Math.floor(rand() * 10), {
        left: Math.floor(rand() * 400),
        width,
        indent: Math.floor(rand() * width * 0.8),
        tail: 20 + Math.floor(rand() * width),
      });
      const size: Size = { width: 340, height: 80 + Math.floor(rand() * 220) };
      const at = placeCard(rects, size, view);
      expect(overlapArea(at, size, rects), JSON.stringify({ rects, size, at })).toBe(0);
      expect(at.left + size.width).toBeLessThanOrEqual(view.width - 8);
      expect(at.top + size.height).toBeLessThanOrEqual(view.height - 8);
      checked++;
    }
    expect(checked).toBe(2000);
  });
});
