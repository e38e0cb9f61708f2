// Maps offsets in a block's normalised text back to DOM text nodes, so the highlighter can build a Range for a
// clause that spans <a>, <strong> and other inline elements. The map lives in a WeakMap: blocks stay plain objects
// and the ExtractedDocument stays JSON-serialisable.
import type { TextBlockInfo } from '../types';

/** From output offset `out` on, block text maps linearly onto `node` starting at `src`. */
export interface Segment {
  out: number;
  node: Text;
  src: number;
}

const maps = new WeakMap<object, Segment[]>();

export function setSegments(block: object, segments: Segment[]): void {
  maps.set(block, segments);
}

export function locateOffset(block: TextBlockInfo, offset: number): { node: Text; offset: number } | null {
  const segs = maps.get(block);
  if (!segs || segs.length === 0 || offset < 0 || offset > block.text.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.out <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  // Synthetic characters (a space for <br>) have no source: clamp into the node.
  const at = Math.min(seg.src + Math.max(0, offset - seg.out), seg.node.data.length);
  return { node: seg.node, offset: at };
}
