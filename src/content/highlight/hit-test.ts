// Which clause is under the pointer, without an element around the text to receive mouseover: the caret position at
// the point (a text node and an offset) is looked up among the painted segments, then confirmed against the
// segment's rectangles (the caret APIs answer with the nearest position even beside the text).
import { rectsOf, type Segment } from './segment';

const TEXT_NODE = 3;

export interface SegmentIndex<T> {
  add(segment: Segment, value: T): void;
  at(node: Node, offset: number): Array<{ segment: Segment; value: T }>;
}

export function segmentIndex<T>(): SegmentIndex<T> {
  const byNode = new WeakMap<Text, Array<{ segment: Segment; value: T }>>();
  return {
    add(segment, value) {
      const list = byNode.get(segment.node);
      if (list) list.push({ segment, value });
      else byNode.set(segment.node, [{ segment, value }]);
    },
    at(node, offset) {
      if (node.nodeType !== TEXT_NODE) return [];
      return (byNode.get(node as Text) ?? []).filter(({ segment }) => offset >= segment.from && offset <= segment.to);
    },
  };
}

type CaretDocument = Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };

/** The caret position at a viewport point: caretPositionFromPoint (standard; Chromium 128+, Firefox), else caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The painted segment under a viewport point, with its value and the rectangle hit, or null. */
export function hitAt<T>(
  doc: Document,
  index: SegmentIndex<T>,
  x: number,
  y: number,
): { value: T; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const { segment, value } of index.at(caret.node, caret.offset)) {
    const rect = rectsOf(doc, segment).find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    if (rect) return { value, rect };
  }
  return null;
}
