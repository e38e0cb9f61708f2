// Termwatch's one element in a page's tree: a host with a random tag (or a plain <div>) and a closed shadow root that
// holds the card and the clause navigator. Closed: page scripts get null from host.shadowRoot, so neither the card's
// text nor the navigator's labels can be read or changed from the page. Assistive technology still sees everything
// (the accessibility tree is built from the composed tree).
import { CARD_CSS } from './card-content';
import { installStyle } from './highlight-style';
import { appendChild, attachShadow, createElement, removeChild, setAttribute, setImportant } from './native-dom';
import { claim, release } from './own-nodes';
import { randomElementName } from './random-name';

export const CARD_ID = 'card';

// The navigator's buttons are visually hidden but focusable: the visible focus indicator is the clause itself (the
// focus highlight) and the card next to it. The navigator is fixed at the viewport's corner, so focusing one never
// scrolls the page. One fixed box holding plain blocks, not a fixed box per button: hundreds of fixed-position buttons
// cost the page ~100 ms of layout in one frame on the 1 MB bench page; the same buttons in one fixed box, ~30 ms.
const NAV_CSS = `
.nav { position: fixed; top: 0; left: 0; width: 1px; height: 1px; overflow: clip; clip-path: inset(50%); }
.nav button {
  display: block; width: 1px; height: 1px; margin: 0; padding: 0; border: 0; contain: strict;
  overflow: hidden; white-space: nowrap; background: none; color: inherit;
}
.card { display: none; position: fixed; top: 0; left: 0; pointer-events: auto; }
.card.open { display: block; }
`;

export interface Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The focusable buttons, one per clause, in document order. */
  readonly nav: HTMLElement;
  /** The card (role=tooltip): shown next to the focused or hovered clause. */
  readonly card: HTMLElement;
  /** Puts the host back if the page removed it. */
  reattach(): void;
  remove(): void;
}

function closedHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  // A page could define a name only by guessing it; should it ever have, attachShadow throws and we draw again.
  for (let i = 0; i < 3; i++) {
    const host = createElement(doc, randomElementName());
    try {
      return { host, root: attachShadow(host, { mode: 'closed' }) };
    } catch {
      /* draw another name */
    }
  }
  // A plain <div> cannot be upgraded by a page's custom element definitions at all.
  const host = createElement(doc, 'div');
  return { host, root: attachShadow(host, { mode: 'closed' }) };
}

function child(doc: Document, parent: Node, tag: string, attrs: Record<string, string>): HTMLElement {
  const el = createElement(doc, tag);
  for (const [name, value] of Object.entries(attrs)) setAttribute(el, name, value);
  appendChild(parent, el);
  return el;
}

export function createOverlay(doc: Document): Overlay {
  const { host, root } = closedHost(doc);
  claim(host);
  // `all: initial` first, then our own box: page CSS cannot style, hide or move the host. Zero-sized and not a
  // pointer target itself, so it covers nothing of the page; the card inside takes the pointer when shown.
  setImportant(host, [
    ['all', 'initial'],
    ['display', 'block'],
    ['position', 'fixed'],
    ['top', '0px'],
    ['left', '0px'],
    ['width', '0px'],
    ['height', '0px'],
    ['overflow', 'visible'],
    ['z-index', '2147483647'],
    ['pointer-events', 'none'],
    ['visibility', 'visible'],
    ['opacity', '1'],
  ]);
  installStyle(doc, CARD_CSS + NAV_CSS, root);
  const nav = child(doc, root, 'div', { class: 'nav', role: 'group', 'aria-label': 'Termwatch: flagged clauses' });
  const card = child(doc, root, 'div', { class: 'card', id: CARD_ID, role: 'tooltip' });
  const reattach = (): void => {
    if (!host.isConnected) appendChild(doc.documentElement, host);
  };
  reattach();
  return {
    host,
    root,
    nav,
    card,
    reattach,
    remove() {
      release(host);
      if (host.parentNode) removeChild(host.parentNode, host);
    },
  };
}
