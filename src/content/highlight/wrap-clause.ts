import type { TextPosition } from './types';
import { createRange, createTreeWalker } from './native-dom';
import { trackedSplit, wrapNode } from './mark-registry';
import { canWrapText } from './text-eligibility';

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT

/** The part [from, to) of one text node that lies inside a clause's range. */
export interface TextPiece {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text-node pieces between two positions, in document order, leaving out text we must not wrap
 * and whitespace-only pieces (an inline element around inter-element whitespace could change layout,
 * e.g. between table rows). Throws when a position is out of bounds or detached.
 */
export function collectPieces(doc: Document, start: TextPosition, end: TextPosition, cache: Map<Element, boolean>): TextPiece[] {
  if (!start.node.isConnected || !end.node.isConnected) throw new Error('position not in the document');
  const range = createRange(doc, start.node, start.offset, end.node, end.offset);
  // setEnd before the start collapses the range: the positions were reversed or stale.
  if (range.collapsed) return [];
  const pieces: TextPiece[] = [];
  const add = (node: Text, from: number, to: number): void => {
    if (to > from && /\S/.test(node.data.slice(from, to)) && canWrapText(node, cache)) pieces.push({ node, from, to });
  };
  if (start.node === end.node) {
    add(start.node, start.offset, end.offset);
    return pieces;
  }
  const walker = createTreeWalker(doc, range.commonAncestorContainer, SHOW_TEXT);
  walker.currentNode = start.node;
  add(start.node, start.offset, start.node.length);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text === end.node) {
      add(text, 0, end.offset);
      break;
    }
    add(text, 0, text.length);
  }
  return pieces;
}

/**
 * Wraps each piece in its own mark from `makeMark`, splitting text nodes at the piece's edges.
 * Works from the last piece back and cuts a node's end before its start, so offsets not yet used
 * (including positions of earlier clauses in the same node) stay valid. Returns marks in document order.
 */
export function wrapPieces(doc: Document, pieces: readonly TextPiece[], makeMark: (index: number) => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    let node = piece.node;
    if (piece.to < node.length) trackedSplit(doc, node, piece.to);
    if (piece.from > 0) node = trackedSplit(doc, node, piece.from);
    const mark = makeMark(i);
    wrapNode(mark, node);
    marks.unshift(mark);
  }
  return marks;
}
