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

/**
 * A range over [from, to) of a text node, for the Highlight API: a StaticRange (every browser with the Highlight
 * API has it), else a live Range.
 */
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

/**
 * The same extent as a plain record, for fallback marks (nothing paints it): no browser object, so nothing is
 * updated on later mutations. A live Range per mark made wrapping 3,000 clauses quadratic where StaticRange is missing.
 */
export function rangeRecord(node: Text, from: number, to: number): AbstractRange {
  return Object.freeze({
    startContainer: node,
    startOffset: from,
    endContainer: node,
    endOffset: to,
    collapsed: from === to,
  }) as AbstractRange;
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
