import { planScroll, type BlockAlign, type Scroller } from './scroll-plan';
import { rectsOf, type Segment } from './segment';

const SCROLLABLE = new Set(['auto', 'scroll', 'overlay']);

function scrollersAround(doc: Document, node: Node): Array<{ el: Element | null; box: Scroller }> {
  const win = doc.defaultView;
  const out: Array<{ el: Element | null; box: Scroller }> = [];
  const root = doc.scrollingElement ?? doc.documentElement;
  for (let el = node.parentElement; el && el !== root && el !== doc.body; el = el.parentElement) {
    if (el.scrollHeight <= el.clientHeight) continue;
    const overflow = win?.getComputedStyle(el).overflowY ?? '';
    if (!SCROLLABLE.has(overflow)) continue;
    const r = el.getBoundingClientRect();
    const top = r.top + el.clientTop;
    out.push({
      el,
      box: {
        top,
        bottom: top + el.clientHeight,
        minDelta: -el.scrollTop,
        maxDelta: el.scrollHeight - el.clientHeight - el.scrollTop,
      },
    });
  }
  const height = win?.innerHeight ?? root.clientHeight;
  const scrollY = win?.scrollY ?? root.scrollTop;
  out.push({
    el: null,
    box: { top: 0, bottom: height, minDelta: -scrollY, maxDelta: Math.max(0, root.scrollHeight - height - scrollY) },
  });
  return out;
}

/**
 * Scrolls every container around the segments so they come into view (`center`: centred, as a jump from the popup;
 * `nearest`: the least movement, as focus does). Returns false when the text is not rendered (no rectangles).
 */
export function scrollToSegments(
  doc: Document,
  segments: readonly Segment[],
  block: BlockAlign,
  behavior: ScrollBehavior,
): boolean {
  const first = segments[0];
  if (!first) return false;
  const rects = segments.flatMap((s) => rectsOf(doc, s)).filter((r) => r.width > 0 || r.height > 0);
  const head = rects[0];
  if (!head) return false;
  // Centre the whole clause when it fits; otherwise its first line leads (planScroll shows the start of what is too tall).
  const last = rects.reduce((a, r) => (r.bottom > a.bottom ? r : a), head);
  const target = { top: head.top, bottom: last.bottom };
  const scrollers = scrollersAround(doc, first.node);
  const deltas = planScroll(
    target,
    scrollers.map((s) => s.box),
    block,
  );
  scrollers.forEach(({ el }, i) => {
    const top = deltas[i] ?? 0;
    if (top === 0) return;
    if (el) el.scrollBy({ top, behavior });
    else doc.defaultView?.scrollBy({ top, behavior });
  });
  return true;
}
