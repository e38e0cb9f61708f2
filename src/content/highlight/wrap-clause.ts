import type { TextPosition } from './types';
import { createTreeWalker } from './native-dom';
import { trackedSplit, wrapNode } from './mark-registry';
import { canWrapText } from './text-eligibility';

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT
const FOLLOWING = 0x4; // Node.DOCUMENT_POSITION_FOLLOWING

// No Range objects here: a live Range is updated on every later mutation until it is collected,
// which made thousands of clauses quadratic (40 s for 3,000 clauses in happy-dom).
function commonAncestor(a: Node, b: Node): Node | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}

function inBounds(p: TextPosition): boolean {
  return p.node.isConnected && Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= p.node.length;
}

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
export function collectPieces(
  doc: Document,
  start: TextPosition,
  end: TextPosition,
  cache: Map<Element, boolean>,
): TextPiece[] {
  if (!inBounds(start) || !inBounds(end)) throw new Error('position out of bounds or not in the document');
  const pieces: TextPiece[] = [];
  const add = (node: Text, from: number, to: number): void => {
    if (to > from && /\S/.test(node.data.slice(from, to)) && canWrapText(node, cache)) pieces.push({ node, from, to });
  };
  if (start.node === end.node) {
    add(start.node, start.offset, end.offset);
    return pieces;
  }
  // Reversed or stale positions give nothing rather than a wrong range.
  const root = commonAncestor(start.node, end.node);
  if (!root || !(start.node.compareDocumentPosition(end.node) & FOLLOWING)) return [];
  const walker = createTreeWalker(doc, root, SHOW_TEXT);
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
export function wrapPieces(
  doc: Document,
  pieces: readonly TextPiece[],
  makeMark: (index: number) => HTMLElement,
): HTMLElement[] {
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
