// Scrolling to a clause without an element to call scrollIntoView on: a Range has none, and inserting a temporary
// element would change the page's text nodes. So the scroll is planned from rectangles: each scroll container around
// the text, innermost first and the viewport last, moves by just enough to bring the text where it should be.

/** A vertical extent in viewport coordinates. */
export interface Extent {
  top: number;
  bottom: number;
}

/** A scroll container: its visible extent (viewport coordinates) and how far it can scroll up and down from here. */
export interface Scroller extends Extent {
  /** Largest upward move (negative or 0): -scrollTop. */
  minDelta: number;
  /** Largest downward move (positive or 0): scrollHeight - clientHeight - scrollTop. */
  maxDelta: number;
}

export type BlockAlign = 'center' | 'nearest';

const MARGIN = 16;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function wanted(target: Extent, box: Extent, block: BlockAlign): number {
  const top = box.top + MARGIN;
  const bottom = box.bottom - MARGIN;
  // Taller than the box: show its start.
  if (target.bottom - target.top > bottom - top) return target.top - top;
  if (block === 'center') return (target.top + target.bottom) / 2 - (box.top + box.bottom) / 2;
  if (target.top < top) return target.top - top;
  if (target.bottom > bottom) return target.bottom - bottom;
  return 0;
}

/**
 * How far each scroller moves (positive: content moves up), in the order given (innermost first). Scrolling an inner
 * container moves the target within every outer one, so each later plan starts from where the earlier ones leave it.
 */
export function planScroll(target: Extent, scrollers: readonly Scroller[], block: BlockAlign): number[] {
  let shift = 0;
  return scrollers.map((s) => {
    const at = { top: target.top - shift, bottom: target.bottom - shift };
    const delta = Math.round(clamp(wanted(at, s, block), s.minDelta, s.maxDelta));
    shift += delta;
    return delta;
  });
}
