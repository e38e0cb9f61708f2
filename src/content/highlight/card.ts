// The hover/focus card: one <termwatch-card> host on documentElement with an open shadow root.
// Open, not closed: closing it hides nothing from a determined page (it can read the marks anyway)
// but would hide it from tests and assistive-technology debugging tools.
import { renderCardContent } from './card-content';
import { placeCard, type Box, type Size } from './card-position';
import { closestOurMark, infoOf } from './mark-registry';
import {
  addEventListener,
  appendChild,
  attachShadow,
  createElement,
  getBoundingClientRect,
  getClientRects,
  removeChild,
  setAttribute,
  setImportant,
} from './native-dom';

export const CARD_TAG = 'termwatch-card';
const HIDE_DELAY_MS = 250;
// Used until the card has been laid out (and by DOMs without layout).
const ESTIMATED_SIZE: Size = { width: 340, height: 140 };

export interface CardController {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The mark the card is showing, or null when hidden. */
  readonly current: HTMLElement | null;
  show(mark: HTMLElement, via: 'hover' | 'focus'): void;
  hide(): void;
}

function anchorBox(mark: HTMLElement): Box {
  try {
    const first = getClientRects(mark)[0];
    return first ?? getBoundingClientRect(mark);
  } catch {
    // A hostile or broken getClientRects must not stop the card from showing.
    return { top: 8, left: 8, bottom: 8, right: 8 };
  }
}

function viewportSize(doc: Document): Size {
  const root = doc.documentElement;
  const win = doc.defaultView;
  return {
    width: root.clientWidth || win?.innerWidth || ESTIMATED_SIZE.width,
    height: root.clientHeight || win?.innerHeight || ESTIMATED_SIZE.height,
  };
}

/** Creates the card and wires its listeners; everything is torn down when `signal` aborts. */
export function createCard(doc: Document, id: string, signal: AbortSignal): CardController {
  const host = createElement(doc, CARD_TAG);
  setAttribute(host, 'id', id);
  // role=tooltip + each mark's aria-describedby pointing here: screen readers announce the card's
  // text as the focused mark's description (WAI-ARIA APG tooltip pattern).
  setAttribute(host, 'role', 'tooltip');
  // `all: initial` first, then our own box: page CSS cannot style or hide the host.
  setImportant(host, [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['z-index', '2147483647'],
    ['display', 'none'],
    ['top', '0px'],
    ['left', '0px'],
  ]);
  const root = attachShadow(host, { mode: 'open' });
  appendChild(doc.documentElement, host);

  let current: HTMLElement | null = null;
  let via: 'hover' | 'focus' | null = null;
  let shownClause: string | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelHide = (): void => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const hide = (): void => {
    cancelHide();
    current = null;
    via = null;
    setImportant(host, [['display', 'none']]);
  };

  const show = (mark: HTMLElement, how: 'hover' | 'focus'): void => {
    const info = infoOf(mark);
    if (!info) return;
    cancelHide();
    // A page may have removed our host; put it back rather than showing nothing.
    if (!host.isConnected) appendChild(doc.documentElement, host);
    if (shownClause !== info.clause.id || !root.firstChild) {
      renderCardContent(doc, root, info);
      shownClause = info.clause.id;
    }
    setImportant(host, [['display', 'block'], ['top', '0px'], ['left', '0px']]);
    let size = ESTIMATED_SIZE;
    try {
      const rect = getBoundingClientRect(host);
      if (rect.width > 0 && rect.height > 0) size = { width: rect.width, height: rect.height };
    } catch {
      // keep the estimate
    }
    const { top, left } = placeCard(anchorBox(mark), size, viewportSize(doc));
    setImportant(host, [['top', `${Math.round(top)}px`], ['left', `${Math.round(left)}px`]]);
    current = mark;
    via = how;
  };

  const scheduleHide = (): void => {
    cancelHide();
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const sameClause = (node: unknown): boolean => {
    // No instanceof Node: the target may come from another realm (frame, Xray wrapper).
    if (!current || typeof node !== 'object' || node === null) return false;
    const mark = closestOurMark(node as Node);
    return mark !== null && infoOf(mark)?.clause.id === infoOf(current)?.clause.id;
  };

  const listen = (type: string, handler: (event: Event) => void): void => {
    // One bad event must never surface as an error on the page.
    const safe = (event: Event): void => {
      try {
        handler(event);
      } catch {
        /* ignore */
      }
    };
    addEventListener(doc, type, safe, { capture: true, passive: true, signal });
  };

  listen('focusin', (e) => {
    const mark = closestOurMark(e.target as Node | null);
    if (mark) show(mark, 'focus');
  });
  listen('focusout', (e) => {
    if (via === 'focus' && closestOurMark(e.target as Node | null) === current) hide();
  });
  listen('mouseover', (e) => {
    if (e.target === host) return cancelHide();
    const mark = closestOurMark(e.target as Node | null);
    if (mark && !(via === 'focus' && sameClause(mark))) show(mark, 'hover');
  });
  listen('mouseout', (e) => {
    if (via !== 'hover') return;
    const to = (e as MouseEvent).relatedTarget;
    // Moving onto the card or to another piece of the same clause keeps it open (WCAG 1.4.13: hoverable).
    if (to === host || sameClause(to)) return;
    scheduleHide();
  });
  listen('keydown', (e) => {
    // WCAG 1.4.13: dismissable without moving pointer or focus. The page still gets the key.
    if ((e as KeyboardEvent).key === 'Escape' && current) hide();
  });

  signal.addEventListener('abort', () => {
    cancelHide();
    current = null;
    if (host.parentNode) removeChild(host.parentNode, host);
  });

  return {
    host,
    root,
    get current() {
      return current;
    },
    show,
    hide,
  };
}
