// Hovers every painted clause of a page and measures the card against the clause: how many hovers showed the card, and
// how many cards covered any line box of their clause. The clause is brought to a different height each time (near
// the top, the middle, the bottom), so the card has to flip above, below or beside it.
import type { Page } from 'playwright-core';
import type { ContentWorld } from './content-world';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlacementReport {
  clauses: number;
  /** Clauses with a box on screen once scrolled to (a clause in a closed section has none). */
  hovered: number;
  /** Hovers that showed the card. */
  shown: number;
  /** Cards that covered a line box of their clause. */
  overlaps: number;
  /** A few of the overlapping cases, for the failure message. */
  examples: Array<{ id: string; card: Rect; rects: Rect[] }>;
}

const HEIGHTS = [40, 260, 480, 700, 860];

// In Termwatch's world: scroll so the clause's first line sits at `y`, then its line boxes and a point inside one.
const bring = (id: string, y: number): string => `(async () => {
  const h = globalThis.termwatchAnalyser.highlights;
  const boxes = () => h.rangesOf(${JSON.stringify(id)}).flatMap((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return [...live.getClientRects()].filter((b) => b.width > 0 && b.height > 0)
      .map((b) => ({ top: b.top, left: b.left, bottom: b.bottom, right: b.right }));
  });
  let rects = boxes();
  if (rects.length === 0) return null;
  const before = scrollY;
  window.scrollBy({ top: rects[0].top - ${y}, behavior: 'instant' });
  // The scroll event (which hides a hover card) comes with the next frame: let it pass before hovering.
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  rects = boxes();
  const inside = rects.filter((b) => b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth);
  const widest = inside.sort((a, b) => (b.right - b.left) - (a.right - a.left))[0];
  if (!widest) return null;
  return { rects, scrolled: scrollY !== before,
    point: { x: widest.left + Math.min(20, (widest.right - widest.left) / 2), y: (widest.top + widest.bottom) / 2 } };
})()`;

function covers(card: Rect, r: Rect): boolean {
  // Half a pixel of slack: the card's place is rounded to whole pixels.
  return (
    Math.min(card.right, r.right) - Math.max(card.left, r.left) > 0.5 &&
    Math.min(card.bottom, r.bottom) - Math.max(card.top, r.top) > 0.5
  );
}

/** The card's border box in viewport coordinates, or null while it is hidden (CDP reaches into the closed root). */
async function cardBox(world: ContentWorld, nodeId: number): Promise<Rect | null> {
  try {
    const { model } = (await world.cdp.send('DOM.getBoxModel', { backendNodeId: nodeId })) as {
      model: { border: number[] };
    };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  } catch {
    return null; // display: none has no box
  }
}

async function cardNodeId(world: ContentWorld): Promise<number | null> {
  const { nodes } = (await world.cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ role?: { value: string }; ignored?: boolean; backendDOMNodeId?: number }>;
  };
  return nodes.find((n) => n.role?.value === 'tooltip' && !n.ignored)?.backendDOMNodeId ?? null;
}

async function waitFor<T>(get: () => Promise<T | null>, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (value !== null || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 30));
  }
}

export async function hoverEveryClause(page: Page, world: ContentWorld): Promise<PlacementReport> {
  await world.cdp.send('DOM.enable');
  const ids = await world.evaluate<string[]>('globalThis.termwatchAnalyser.highlights.clauseIds');
  const report: PlacementReport = { clauses: ids.length, hovered: 0, shown: 0, overlaps: 0, examples: [] };
  let card: number | null = null;
  for (const [i, id] of ids.entries()) {
    // Away from every clause first. Scrolling hides a hover card at once; without a scroll, the card of the previous
    // clause goes after its hide delay (it stays while the pointer is on it).
    await page.mouse.move(1, 1);
    const at = await world.evaluate<{ rects: Rect[]; point: { x: number; y: number }; scrolled: boolean } | null>(
      bring(id, HEIGHTS[i % HEIGHTS.length]!),
    );
    if (card !== null && !at?.scrolled) await waitFor(async () => ((await cardBox(world, card!)) ? null : true), 1000);
    if (!at) continue;
    report.hovered++;
    await page.mouse.move(at.point.x, at.point.y);
    if (card === null) card = await waitFor(() => cardNodeId(world), 1500);
    const box = card === null ? null : await waitFor(() => cardBox(world, card!), 1000);
    if (!box) continue;
    report.shown++;
    if (at.rects.some((r) => covers(box, r))) {
      report.overlaps++;
      if (report.examples.length < 3) report.examples.push({ id, card: box, rects: at.rects });
    }
  }
  return report;
}
