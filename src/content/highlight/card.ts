// The card's state: which clause it shows, why (hover or keyboard focus), where, and when it goes away.
// WCAG 1.4.13: it can be hovered (a short delay before hiding lets the pointer move onto it), dismissed with Escape
// without moving pointer or focus, and it stays while its trigger lasts.
import { renderCardContent, type ClauseInfo } from './card-content';
import { placeCard, type Box, type Size } from './card-position';
import { getBoundingClientRect, setAttribute } from './native-dom';
import type { Overlay } from './overlay';

const HIDE_DELAY_MS = 250;
// Used until the card has been laid out (and by DOMs without layout).
const ESTIMATED_SIZE: Size = { width: 340, height: 140 };

export type CardTrigger = 'hover' | 'focus';

export interface CardController {
  /** The clause the card is showing, or null when hidden. */
  readonly current: ClauseInfo | null;
  readonly via: CardTrigger | null;
  /** Shows the card for a clause whose line boxes are `rects` (all of them: the card never covers any). */
  show(info: ClauseInfo, rects: readonly Box[], via: CardTrigger): void;
  hide(): void;
  /** Hides after a short delay unless cancelled; a pending hide is not pushed back by further calls. */
  scheduleHide(): void;
  cancelHide(): void;
  /** Ends timers (session teardown). */
  dispose(): void;
}

function viewportSize(doc: Document): Size {
  const root = doc.documentElement;
  const win = doc.defaultView;
  return {
    width: root.clientWidth || win?.innerWidth || ESTIMATED_SIZE.width,
    height: root.clientHeight || win?.innerHeight || ESTIMATED_SIZE.height,
  };
}

export function createCard(doc: Document, overlay: Overlay): CardController {
  const { card } = overlay;
  let current: ClauseInfo | null = null;
  let via: CardTrigger | null = null;
  let rendered: ClauseInfo | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelHide = (): void => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hide = (): void => {
    cancelHide();
    current = null;
    via = null;
    setAttribute(card, 'class', 'card');
  };

  return {
    get current() {
      return current;
    },
    get via() {
      return via;
    },
    show(info, rects, how) {
      cancelHide();
      // A page may have removed our host; put it back rather than showing nothing.
      overlay.reattach();
      if (rendered !== info) {
        renderCardContent(doc, card, info);
        rendered = info;
      }
      card.style.top = '0px';
      card.style.left = '0px';
      setAttribute(card, 'class', 'card open');
      let size = ESTIMATED_SIZE;
      try {
        const rect = getBoundingClientRect(card);
        if (rect.width > 0 && rect.height > 0) size = { width: rect.width, height: rect.height };
      } catch {
        // keep the estimate
      }
      const { top, left } = placeCard(rects, size, viewportSize(doc));
      card.style.top = `${Math.round(top)}px`;
      card.style.left = `${Math.round(left)}px`;
      current = info;
      via = how;
    },
    hide,
    scheduleHide() {
      if (hideTimer === undefined) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    },
    cancelHide,
    dispose() {
      cancelHide();
      current = null;
      via = null;
    },
  };
}
