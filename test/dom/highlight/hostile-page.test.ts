import { afterEach, describe, expect, it } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightItem } from '../../../src/content/highlight';
import { MARK_TONES } from '../../../src/content/highlight/mark-palette';
import {
  blocksOf,
  cardOpen,
  finding,
  liveLocator,
  ourElements,
  overlayParts,
  sentenceClauses,
  textSnapshot,
} from './page-fixture';

const PAGE = `<h2>Licence</h2>
<p>You grant us rights to train <em>machine learning</em> models on <a href="/c">your content</a>. We share data with partners.</p>
<p>We do not sell personal data.</p>`;

function setup(): { items: HighlightItem[]; locate: ReturnType<typeof liveLocator> } {
  document.body.innerHTML = PAGE;
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  const items = clauses.map((clause, i) => ({
    clause,
    findings: [finding(clause.id, i === 2 ? { stance: 'restrict', category: 'data_sale', severity: 'low' } : {})],
  }));
  return { items, locate: liveLocator(blocks) };
}

/** Replaces prototype methods for one test, as a hostile or careless page script might. */
function sabotage(targets: Array<[object, string]>): () => void {
  const saved = targets.map(([proto, key]) => [proto, key, Object.getOwnPropertyDescriptor(proto, key)] as const);
  for (const [proto, key] of targets) {
    Object.defineProperty(proto, key, {
      configurable: true,
      writable: true,
      value: () => {
        throw new Error(`page broke ${key}`);
      },
    });
  }
  return () => {
    for (const [proto, key, desc] of saved) {
      if (desc) Object.defineProperty(proto, key, desc);
      else delete (proto as Record<string, unknown>)[key];
    }
  };
}

afterEach(() => {
  removeAllHighlights(document);
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('a hostile page', () => {
  it('cannot hide or restyle fallback marks with its own !important rules', async () => {
    const { items, locate } = setup();
    const style = document.createElement('style');
    // It cannot name our random tag; rules for every element inside its text reach the marks too.
    style.textContent = `p *, em *, a * { display: none !important; background: none !important; padding: 20px !important; visibility: hidden !important; }
      * { background: none !important; margin: 9px !important; }`;
    document.head.appendChild(style);
    const handle = await highlightClauses(document, items, { locate });
    const mark = handle.marks[0]!;
    const computed = getComputedStyle(mark);
    expect(computed.display).toBe('inline');
    expect(computed.visibility).toBe('visible');
    expect(computed.paddingLeft).toBe('0px');
    expect(computed.marginLeft).toBe('0px');
    expect(computed.backgroundColor.replace(/\s/g, '')).toBe(MARK_TONES['grant-high'].fill.replace(/\s/g, ''));
  });

  it('does not crash when DOM methods are overridden after we loaded', async () => {
    const { items, locate } = setup();
    const before = textSnapshot(document.body);
    const restore = sabotage([
      [Node.prototype, 'appendChild'],
      [Node.prototype, 'insertBefore'],
      [Node.prototype, 'removeChild'],
      [Text.prototype, 'splitText'],
      // Not Element.prototype.setAttribute: happy-dom's own CSSOM calls it (a browser's does not).
      [Element.prototype, 'getBoundingClientRect'],
      [Element.prototype, 'getClientRects'],
      [Document.prototype, 'createElement'],
    ]);
    try {
      const handle = await highlightClauses(document, items, { locate });
      expect(handle.count).toBe(3);
      overlayParts().buttons[0]!.focus();
      expect(overlayParts().card.textContent).toContain('AI / machine-learning training');
      expect(handle.flash('c0')).toBe(true);
      handle.remove();
    } finally {
      restore();
    }
    expect(textSnapshot(document.body)).toEqual(before);
    expect(ourElements(document)).toEqual([]);
  });

  it('does not crash when a page overrides methods on its own elements', async () => {
    const { items, locate } = setup();
    for (const p of document.querySelectorAll('p')) {
      Object.assign(p, {
        insertBefore: () => {
          throw new Error('no');
        },
        appendChild: () => {
          throw new Error('no');
        },
      });
    }
    const handle = await highlightClauses(document, items, { locate });
    expect(handle.count).toBe(3);
  });

  it('gets the overlay back if the page removes it (on hover or a jump)', async () => {
    const { items, locate } = setup();
    const handle = await highlightClauses(document, items, { locate });
    const { host } = overlayParts();
    host.remove();
    expect(handle.flash('c0')).toBe(true);
    expect(host.isConnected).toBe(true);
    host.remove();
    (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({
      offsetNode: handle.marks[0]!.firstChild,
      offset: 1,
    });
    const rects = Range.prototype.getClientRects;
    Range.prototype.getClientRects = () => [new DOMRect(0, 0, 1000, 1000)] as unknown as DOMRectList;
    try {
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 5, clientY: 5 }));
    } finally {
      Range.prototype.getClientRects = rects;
      delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    }
    expect(host.isConnected).toBe(true);
    expect(cardOpen()).toBe(true);
    expect(overlayParts().card.textContent).toContain('Takes the right');
  });

  it('defines termwatch-card and termwatch-mark itself, with closed shadow roots: they are never created or touched', async () => {
    const constructed: string[] = [];
    for (const name of ['termwatch-card', 'termwatch-mark']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            constructed.push(name);
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    }
    const { items, locate } = setup();
    const handle = await highlightClauses(document, items, { locate });
    expect(handle.count).toBe(3);
    expect(constructed).toEqual([]);
    expect(document.querySelectorAll('termwatch-card, termwatch-mark')).toHaveLength(0);
    overlayParts().buttons[0]!.focus();
    expect(cardOpen()).toBe(true);
  });

  it('cannot make us wrap text inside a mark the page forged around real clause text', async () => {
    document.body.innerHTML = '<p>We <termwatch-mark>train models</termwatch-mark> on your data.</p>';
    const blocks = blocksOf(document.body);
    const [clause] = sentenceClauses(blocks);
    const handle = await highlightClauses(document, [{ clause: clause!, findings: [finding(clause!.id)] }], {
      locate: liveLocator(blocks),
    });
    // Its text is still highlighted (our mark goes inside the forged one), and removal leaves the forgery.
    expect(ourElements(document)).toHaveLength(4); // three marks and the overlay
    expect(handle.marks.map((m) => m.textContent)).toEqual(['We ', 'train models', ' on your data.']);
    removeAllHighlights(document);
    expect(document.body.innerHTML).toBe('<p>We <termwatch-mark>train models</termwatch-mark> on your data.</p>');
  });
});
