// Which fallback marks are ours, and which text nodes we split, so removal undoes exactly our changes.
// Module-level weak collections: a page can forge an element with our tag but cannot get into these sets,
// and nothing here keeps a removed node alive.
import { appendChild, appendData, insertBefore, removeChild, splitText } from './native-dom';
import { claim, release } from './own-nodes';

const ourMarks = new WeakSet<Element>();
const marksByDoc = new WeakMap<Document, Set<HTMLElement>>();
/** left half → right half, for every splitText we made (a chain when a half is split again). */
const splitRight = new WeakMap<Text, Text>();
const splitLeftsByDoc = new WeakMap<Document, Set<Text>>();

function setFor<K extends object, V>(map: WeakMap<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

export function registerMark(doc: Document, mark: HTMLElement): void {
  ourMarks.add(mark);
  claim(mark);
  setFor(marksByDoc, doc).add(mark);
}

export function isOurMark(el: unknown): el is HTMLElement {
  return typeof el === 'object' && el !== null && ourMarks.has(el as Element);
}

/** splitText that remembers the cut, so removal can join the halves back into the original node. */
export function trackedSplit(doc: Document, node: Text, offset: number): Text {
  const right = splitText(node, offset);
  const previous = splitRight.get(node);
  if (previous) splitRight.set(right, previous);
  splitRight.set(node, right);
  setFor(splitLeftsByDoc, doc).add(node);
  return right;
}

/** Moves each mark's children back in its place and drops the mark. Returns how many were removed. */
export function unwrapMarks(doc: Document): number {
  const marks = marksByDoc.get(doc);
  if (!marks) return 0;
  let removed = 0;
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (parent) {
      while (mark.firstChild) insertBefore(parent, mark.firstChild, mark);
      removeChild(parent, mark);
      removed++;
    }
    ourMarks.delete(mark);
    release(mark);
  }
  marks.clear();
  return removed;
}

/**
 * Joins every split we made whose halves are adjacent again, restoring the original text nodes
 * (same node objects, same data). Unlike parent.normalize(), it never merges or drops text nodes
 * the page created itself — frameworks such as React keep references to those.
 */
export function joinSplits(doc: Document): void {
  const lefts = splitLeftsByDoc.get(doc);
  if (!lefts) return;
  for (const left of lefts) {
    let right = splitRight.get(left);
    while (right && left.nextSibling === right && right.parentNode) {
      appendData(left, right.data);
      removeChild(right.parentNode, right);
      const next = splitRight.get(right);
      splitRight.delete(right);
      if (next) splitRight.set(left, next);
      else splitRight.delete(left);
      right = next;
    }
    // Keep a pending cut only while both halves are still in the page (another run may own the right half).
    if (!splitRight.has(left) || !left.isConnected) lefts.delete(left);
  }
}

/** Wraps `node` (a whole text node) in `mark`, in place. */
export function wrapNode(mark: HTMLElement, node: Text): void {
  const parent = node.parentNode;
  if (!parent) return;
  insertBefore(parent, mark, node);
  appendChild(mark, node);
}
