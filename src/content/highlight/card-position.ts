// Where the card goes: next to its clause, never over it. A clause of several lines has a box per line (and the card
// used to be placed from one of them, covering the lines after it), so the card is placed from the union of every
// line box that is on screen: below it, or above it, whichever has room; else beside it; and if the clause fills the
// screen, in the place nearest to it that covers none of its lines.

/** A rectangle in viewport coordinates (what getBoundingClientRect returns). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Place {
  top: number;
  left: number;
}

const GAP = 6;
const MARGIN = 8;

function clamp(value: number, min: number, max: number): number {
  return max < min ? min : Math.min(Math.max(value, min), max);
}

function union(rects: readonly Box[]): Box {
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

/** The area of `card` placed at `at` that lies over the rectangles (0: it covers none of them). */
export function overlapArea(at: Place, card: Size, rects: readonly Box[]): number {
  const right = at.left + card.width;
  const bottom = at.top + card.height;
  let area = 0;
  for (const r of rects) {
    const w = Math.min(right, r.right) - Math.max(at.left, r.left);
    const h = Math.min(bottom, r.bottom) - Math.max(at.top, r.top);
    if (w > 0 && h > 0) area += w * h;
  }
  return area;
}

function fitsIn(at: Place, card: Size, viewport: Size): boolean {
  return (
    at.top >= MARGIN &&
    at.left >= MARGIN &&
    at.top + card.height <= viewport.height - MARGIN &&
    at.left + card.width <= viewport.width - MARGIN
  );
}

/**
 * Where a fixed-position card of `card` size goes for a clause whose line boxes are `rects`: below the union of the
 * lines on screen when it fits, else above, else to the right or the left of it; when none fits (a clause taller
 * than the screen), the free place closest to its first line; only when no place is free, the one covering least.
 * Always inside the viewport (by MARGIN) as far as the card's size allows.
 */
export function placeCard(rects: readonly Box[], card: Size, viewport: Size): Place {
  const all = rects.filter((r) => r.bottom > r.top || r.right > r.left);
  if (all.length === 0) return { top: MARGIN, left: MARGIN };
  // Lines scrolled out of view do not constrain the card (it is inside the viewport), and would push it off.
  const onScreen = all.filter((r) => r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width);
  const u = union(onScreen.length > 0 ? onScreen : all);
  const xAligned = clamp(u.left, MARGIN, viewport.width - card.width - MARGIN);
  // Nothing of the clause is on screen (it was scrolled away): the edge it is beyond, as near to it as allowed.
  if (onScreen.length === 0)
    return { top: u.top >= viewport.height ? viewport.height - card.height - MARGIN : MARGIN, left: xAligned };
  const yAligned = clamp(u.top, MARGIN, viewport.height - card.height - MARGIN);
  const preferred: Place[] = [
    { top: u.bottom + GAP, left: xAligned },
    { top: u.top - GAP - card.height, left: xAligned },
    { top: yAligned, left: u.right + GAP },
    { top: yAligned, left: u.left - GAP - card.width },
  ];
  const first = preferred.find((p) => fitsIn(p, card, viewport));
  if (first) return first;
  // The clause fills the screen: try every place whose edge touches a line's edge or the viewport's margins.
  const tops = [MARGIN, viewport.height - card.height - MARGIN];
  const lefts = [MARGIN, viewport.width - card.width - MARGIN, xAligned];
  for (const r of onScreen) {
    tops.push(r.bottom + GAP, r.top - GAP - card.height);
    lefts.push(r.right + GAP, r.left - GAP - card.width);
  }
  const head = onScreen[0]!;
  const distance = (p: Place): number => Math.abs(p.top - head.top) + Math.abs(p.left - head.left);
  const candidates: Place[] = [];
  for (const top of tops)
    for (const left of lefts) if (fitsIn({ top, left }, card, viewport)) candidates.push({ top, left });
  const free = candidates.filter((p) => overlapArea(p, card, onScreen) === 0).sort((a, b) => distance(a) - distance(b));
  if (free[0]) return free[0];
  const clamped = preferred.map((p) => ({
    top: clamp(p.top, MARGIN, viewport.height - card.height - MARGIN),
    left: clamp(p.left, MARGIN, viewport.width - card.width - MARGIN),
  }));
  return [...clamped, ...candidates].reduce((best, p) =>
    overlapArea(p, card, onScreen) < overlapArea(best, card, onScreen) ? p : best,
  );
}
