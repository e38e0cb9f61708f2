// Jump-to-clause into text the page keeps folded away: a closed <details>, a hidden tab panel, a collapsed accordion
// panel. Terms pages fold most of their text this way, so a jump that only scrolls lands on nothing. We open what hides
// the clause the way a reader would: a <details> by its `open` property, an ARIA tab or accordion by clicking the
// page's own control (found through `aria-controls` / `aria-labelledby`), because sites wire their own handlers to
// those controls and flipping attributes behind their back would leave their state inconsistent. Nothing else of the
// page runs. If the clause is still not visible afterwards, the caller says so instead of scrolling to nothing.
import { rectsOf, type Segment } from './segment';

/** What a jump did: the clause is on screen, the clause is no longer on the page, or it stays hidden. */
export type RevealOutcome = 'shown' | 'gone' | 'cannot-open';

/** How long a page's own handler may take to show a panel after its control is clicked (frameworks re-render later). */
const SETTLE_MS = 600;
const POLL_MS = 40;
/** Nested folds (a tab inside a closed <details> inside an accordion) are opened outermost first; a few rounds do. */
const MAX_ROUNDS = 3;

type CheckVisibility = (options?: { opacityProperty?: boolean; visibilityProperty?: boolean }) => boolean;

/** Whether the segments' text is rendered and visible: it has boxes, and its element is not invisible or transparent. */
export function isShown(doc: Document, segments: readonly Segment[]): boolean {
  const rects = segments.flatMap((s) => rectsOf(doc, s)).filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return false;
  const el = segments[0]?.node.parentElement as (Element & { checkVisibility?: CheckVisibility }) | null | undefined;
  // checkVisibility: Chromium 105+, Firefox 106+ (https://developer.mozilla.org/docs/Web/API/Element/checkVisibility).
  if (el && typeof el.checkVisibility === 'function')
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  return true;
}

function isClosedDetails(el: Element, inside: Node): boolean {
  if (el.tagName.toUpperCase() !== 'DETAILS' || (el as HTMLDetailsElement).open) return false;
  // The <summary> of a closed <details> is shown; only the rest is folded.
  for (const child of el.children)
    if (child.tagName.toUpperCase() === 'SUMMARY') return !(child === inside || child.contains(inside));
  return true;
}

function hidesItself(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style) return false;
  if (style.display === 'none' || style.opacity === '0') return true;
  // visibility is inherited: only the element that sets it hides the text.
  const parent = el.parentElement;
  const parentStyle = parent ? el.ownerDocument.defaultView?.getComputedStyle(parent) : undefined;
  return style.visibility === 'hidden' && parentStyle?.visibility !== 'hidden';
}

/** Every ancestor of `node` that hides it, outermost first. */
export function hidersOf(node: Node): Element[] {
  const out: Element[] = [];
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isClosedDetails(el, node) || hidesItself(el)) out.push(el);
  }
  return out.reverse();
}

const tokens = (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * The page's own controls that show `panel`: anything whose `aria-controls` names it (a tab, an accordion button),
 * and the tab that labels a tab panel (`aria-labelledby`).
 */
export function controlsOf(doc: Document, panel: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const id = panel.id;
  if (id) {
    for (const el of doc.querySelectorAll<HTMLElement>('[aria-controls]'))
      if (tokens(el.getAttribute('aria-controls')).includes(id)) out.push(el);
  }
  if (panel.getAttribute('role') === 'tabpanel') {
    for (const ref of tokens(panel.getAttribute('aria-labelledby'))) {
      const el = doc.getElementById(ref);
      if (el && el.getAttribute('role') === 'tab' && !out.includes(el)) out.push(el);
    }
  }
  return out;
}

/** A control that says its panel is already open would fold it again if clicked. */
function showsClosed(control: Element): boolean {
  return control.getAttribute('aria-expanded') !== 'true' && control.getAttribute('aria-selected') !== 'true';
}

/** Opens what hides `node`, outermost first; whether anything was done. */
function openRound(doc: Document, node: Node): boolean {
  let acted = false;
  for (const el of hidersOf(node)) {
    if (isClosedDetails(el, node)) {
      (el as HTMLDetailsElement).open = true;
      acted = true;
      continue;
    }
    const control = controlsOf(doc, el).find(showsClosed);
    if (!control) continue;
    // The page's own handler does the showing; a click is what a reader would do.
    control.click();
    acted = true;
  }
  return acted;
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

async function settled(doc: Document, segments: readonly Segment[]): Promise<boolean> {
  for (let waited = 0; waited <= SETTLE_MS; waited += POLL_MS) {
    if (isShown(doc, segments)) return true;
    await sleep(POLL_MS);
  }
  return isShown(doc, segments);
}

/** Makes the segments' text visible if something folds it away; whether it is visible in the end. */
export async function revealHidden(doc: Document, segments: readonly Segment[]): Promise<boolean> {
  const first = segments[0];
  if (!first) return false;
  if (isShown(doc, segments)) return true;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!openRound(doc, first.node)) break;
    if (await settled(doc, segments)) return true;
  }
  return isShown(doc, segments);
}
