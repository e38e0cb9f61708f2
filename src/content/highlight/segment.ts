// A painted piece of a clause: part of one text node. Both painters describe what they painted this way, so focus,
// hover, the card and scrolling work the same over Highlight API ranges and fallback marks.
import { createRange } from './native-dom';

export interface Segment {
  node: Text;
  from: number;
  to: number;
  /** What is painted: a StaticRange (not updated by later mutations, so it costs nothing while the page changes) or a Range where StaticRange is missing. */
  range: AbstractRange;
}

export function isLive(s: Segment): boolean {
  return s.node.isConnected && s.to <= s.node.length && s.from < s.to;
}

/** A range over [from, to) of a text node: StaticRange where the browser has it. */
export function paintRange(doc: Document, node: Text, from: number, to: number): AbstractRange {
  if (typeof StaticRange === 'function') {
    try {
      return new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to });
    } catch {
      // fall through to a live range
    }
  }
  return createRange(doc, node, from, to);
}

/** The segment's rectangles in viewport coordinates, measured through a short-lived Range (empty if it is gone). */
export function rectsOf(doc: Document, s: Segment): DOMRect[] {
  if (!isLive(s)) return [];
  try {
    return [...createRange(doc, s.node, s.from, s.to).getClientRects()];
  } catch {
    return [];
  }
}
