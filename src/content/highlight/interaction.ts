// Keyboard and pointer access to clauses that have no element of their own.
// Keyboard: the navigator in the overlay's closed shadow root holds one button per clause, in document order, with a
// roving tabindex: one Tab stop after the page's own content, whatever the number of clauses; the arrow keys move
// between clauses (Down/Right next, Up/Left previous, Home/End first/last) and Escape closes the card. Focusing a
// button scrolls its clause into view, paints the focus highlight on it and shows the card, which is the button's
// accessible description. Pointer: the clause under the pointer is found by hit-testing (hit-test.ts).
import type { Box } from './card-position';
import { hitAt } from './hit-test';
import { addEventListener } from './native-dom';
import { scrollToSegments } from './scroll-to-range';
import { isLive, rectsOf } from './segment';
import { setRover, type ClauseEntry, type Session } from './session';

/** Every line box of the clause, so the card goes beside the whole clause and covers none of its lines. */
function clauseRects(session: Session, entry: ClauseEntry): Box[] {
  return entry.segments.flatMap((s) => rectsOf(session.doc, s)).filter((r) => r.width > 0 || r.height > 0);
}

/** Shows the card for the clause whose button has focus: scrolled into view, with the focus highlight. */
function focusClause(session: Session, entry: ClauseEntry): void {
  session.painter.restore();
  session.painter.setFocus(entry.segments);
  try {
    scrollToSegments(session.doc, entry.segments.filter(isLive), 'nearest', 'auto');
  } catch {
    // Still show the card.
  }
  session.card.show(entry, clauseRects(session, entry), 'focus');
}

/**
 * Where an arrow, Home or End key moves from `from` among the navigator's buttons (null: nowhere further, at an end);
 * undefined for any other key.
 */
function arrowTarget(nav: HTMLElement, from: HTMLElement, key: string): HTMLElement | null | undefined {
  const buttons = [...nav.children] as HTMLElement[];
  const at = buttons.indexOf(from);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return buttons[at + 1] ?? null;
    case 'ArrowUp':
    case 'ArrowLeft':
      return at > 0 ? buttons[at - 1]! : null;
    case 'Home':
      return buttons[0] ?? null;
    case 'End':
      return buttons[buttons.length - 1] ?? null;
    default:
      return undefined;
  }
}

export function wireInteractions(session: Session, signal: AbortSignal): void {
  const { doc, overlay, card } = session;

  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, passive = true): void => {
    // One bad event must never surface as an error on the page.
    const safe = (event: Event): void => {
      try {
        handler(event);
      } catch {
        /* ignore */
      }
    };
    addEventListener(target, type, safe, { capture: true, passive, signal });
  };
  const entryOf = (target: EventTarget | null): ClauseEntry | undefined =>
    target && typeof target === 'object' ? session.entryOfButton.get(target as Element) : undefined;

  // Inside the closed root: these events never reach the page with their real target.
  listen(overlay.root, 'focusin', (e) => {
    const entry = entryOf(e.target);
    if (!entry) return;
    session.rover.moved = true;
    setRover(session, entry.button);
    focusClause(session, entry);
  });
  listen(overlay.root, 'focusout', (e) => {
    const to = (e as FocusEvent).relatedTarget;
    if (to && overlay.root.contains(to as Node)) return;
    session.painter.setFocus(null);
    if (card.via === 'focus') card.hide();
  });
  listen(
    overlay.root,
    'keydown',
    (e) => {
      const { key, altKey, ctrlKey, metaKey } = e as KeyboardEvent;
      const entry = entryOf(e.target);
      if (!entry || altKey || ctrlKey || metaKey) return;
      // Enter or Space brings a dismissed card back for the focused clause.
      if (key === 'Enter' || key === ' ') return focusClause(session, entry);
      const next = arrowTarget(overlay.nav, entry.button, key);
      if (next === undefined) return;
      // The arrow keys would also scroll the page: they move between clauses here, and nothing else.
      e.preventDefault();
      if (next && next !== entry.button) next.focus();
    },
    false,
  );

  listen(doc, 'mousemove', (e) => {
    const { clientX: x, clientY: y, target } = e as MouseEvent;
    if (target === overlay.host) return card.cancelHide(); // on the card: it stays (WCAG 1.4.13, hoverable)
    const hit = hitAt(doc, session.index, x, y);
    if (hit) {
      // Keyboard focus on this clause already shows it; another clause under the pointer takes the card.
      if (card.current === hit.value) return card.cancelHide();
      card.show(hit.value, clauseRects(session, hit.value), 'hover');
    } else if (card.via === 'hover') {
      card.scheduleHide();
    }
  });
  listen(doc, 'mouseout', (e) => {
    // The pointer left the window.
    if ((e as MouseEvent).relatedTarget === null && card.via === 'hover') card.scheduleHide();
  });
  listen(doc, 'keydown', (e) => {
    // WCAG 1.4.13: dismissable without moving pointer or focus. The page still gets the key.
    if ((e as KeyboardEvent).key === 'Escape' && card.current) card.hide();
  });
  listen(doc, 'scroll', () => {
    const entry = card.current as ClauseEntry | null;
    if (!entry) return;
    // The card is fixed and the text moves: a focus card follows its clause, a hover card goes.
    if (card.via === 'focus') card.show(entry, clauseRects(session, entry), 'focus');
    else card.hide();
  });
}
