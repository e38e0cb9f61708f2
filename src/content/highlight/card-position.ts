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

const GAP = 6;
const MARGIN = 8;

function clamp(value: number, min: number, max: number): number {
  return max < min ? min : Math.min(Math.max(value, min), max);
}

/**
 * Where a fixed-position card of `card` size goes next to `anchor`: below it when it fits, else above,
 * else on the roomier side; always inside the viewport (by MARGIN) as far as the card's size allows.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  let top: number;
  if (fitsBelow) top = below;
  else if (fitsAbove) top = above;
  else top = viewport.height - anchor.bottom > anchor.top ? below : above;
  return {
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
    left: clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN),
  };
}
