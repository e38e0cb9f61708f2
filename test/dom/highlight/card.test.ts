// The card and the navigator, inside the overlay's closed shadow root (reached here through the session, as only the
// extension's own code can). Runs on the fallback painter; the pointer is simulated with a stubbed caret position.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightHandle } from '../../../src/content/highlight';
import { CATEGORY_LABELS, STANCE_LABELS } from '../../../src/core/categories';
import type { Finding } from '../../../src/core/types';
import { blocksOf, cardOpen, finding, liveLocator, marksOf, overlayParts, sentenceClauses } from './page-fixture';

const PAGE = `<h3>10.4 Customer License Grant</h3>
<p>You agree to grant us a licence to use your content to train and tune <b>artificial intelligence</b> models. We may share it with our affiliates.</p>
<p>Outside text to move to.</p>`;

async function setup(findings0: Array<Partial<Finding>>): Promise<HighlightHandle> {
  document.body.innerHTML = PAGE;
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  return highlightClauses(
    document,
    [
      { clause: clauses[0]!, findings: findings0.map((f) => finding('c0', f)) },
      {
        clause: clauses[1]!,
        findings: [
          finding('c1', {
            category: 'data_sharing',
            stance: 'grant',
            severity: 'medium',
            evidence: ['share it with our affiliates'],
          }),
        ],
      },
    ],
    { locate: liveLocator(blocks) },
  );
}

const card = (): HTMLElement => overlayParts().card;
const cardText = (): string => card().textContent ?? '';
const button = (i: number): HTMLElement => overlayParts().buttons[i]!;
function key(k: string, target: Element = document.activeElement!): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
}

/** happy-dom has no layout, so no caret positions: the test says where the caret is. */
function caretAt(fn: () => { offsetNode: Node; offset: number } | null): void {
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = fn;
}

/** Puts the pointer over a text node (caret position stubbed, every range "under" the point) and moves it. */
function pointerOver(node: Node | null, offset = 1): void {
  caretAt(() => (node ? { offsetNode: node, offset } : null));
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [new DOMRect(0, 0, 1000, 1000)] as unknown as DOMRectList,
  );
  document.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 10, bubbles: true }));
}
function pointerOnCard(): void {
  overlayParts().host.dispatchEvent(
    new MouseEvent('mousemove', { clientX: 10, clientY: 10, bubbles: true, composed: true }),
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  removeAllHighlights(document);
  document.body.innerHTML = '';
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

describe('the overlay', () => {
  it('is one host with a random tag and a closed shadow root: the card is a tooltip that describes each clause button', async () => {
    await setup([{}]);
    const { host, buttons } = overlayParts();
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.tagName.toLowerCase()).toMatch(/^[a-z]{4}-[a-z0-9]{9}$/);
    expect(host.shadowRoot).toBeNull();
    expect([...host.attributes].map((a) => a.name)).toEqual(['style']);
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(card().getAttribute('role')).toBe('tooltip');
    expect(cardOpen()).toBe(false);
    expect(buttons).toHaveLength(2);
    for (const b of buttons) {
      expect(b.getAttribute('aria-describedby')).toBe(card().id);
      expect(b.getAttribute('type')).toBe('button');
    }
  });

  it('names each clause button after its primary finding and its opening words', async () => {
    await setup([{}]);
    expect(button(0).textContent).toBe(
      `Termwatch: ${CATEGORY_LABELS.ai_training}, ${STANCE_LABELS.grant}. “You agree to grant us a licence to use your content to train and tune artificia…”`,
    );
    expect(button(1).textContent).toBe(
      `Termwatch: ${CATEGORY_LABELS.data_sharing}, ${STANCE_LABELS.grant}. “We may share it with our affiliates.”`,
    );
  });
});

describe('the card', () => {
  it('shows category, stance, severity, evidence and section when a clause button gets focus', async () => {
    await setup([{ evidence: ['train and tune artificial intelligence'] }]);
    button(0).focus();
    expect(cardOpen()).toBe(true);
    const text = cardText();
    expect(text).toContain(CATEGORY_LABELS.ai_training);
    expect(text).toContain(STANCE_LABELS.grant);
    expect(text).toContain('High severity');
    expect(text).toContain('“train and tune artificial intelligence”');
    expect(text).toContain('Section: 10.4 Customer License Grant');
  });

  it('lists every finding of the clause, most severe first, with its own stance wording', async () => {
    await setup([
      { category: 'data_sharing', stance: 'restrict', severity: 'low', evidence: ['not share'] },
      {
        category: 'ai_training',
        stance: 'conditional',
        condition: 'opt_in',
        severity: 'medium',
        evidence: ['with your consent'],
      },
      { category: 'content_licence', stance: 'grant', severity: 'high', evidence: ['grant us a licence'] },
    ]);
    button(0).focus();
    const items = [...card().querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain(CATEGORY_LABELS.content_licence);
    expect(items[1]).toContain('Only with your consent (opt-in)');
    expect(items[2]).toContain(STANCE_LABELS.restrict);
    expect(cardText()).toContain('3 findings in this clause');
    expect(button(0).textContent).toContain('and 2 more');
  });

  it('paints the focused clause (focus outline on its marks) and clears it on blur', async () => {
    const handle = await setup([{}]);
    button(0).focus();
    for (const mark of marksOf(handle, 'c0')) expect(mark.style.getPropertyValue('outline')).toContain('solid');
    for (const mark of marksOf(handle, 'c1')) expect(mark.style.getPropertyValue('outline')).toBe('');
    button(1).focus();
    for (const mark of marksOf(handle, 'c0')) expect(mark.style.getPropertyValue('outline')).toBe('');
    expect(cardText()).toContain(CATEGORY_LABELS.data_sharing);
    button(1).blur();
    for (const mark of marksOf(handle, 'c1')) expect(mark.style.getPropertyValue('outline')).toBe('');
    expect(cardOpen()).toBe(false);
  });

  it('hides on Escape and on blur, and comes back on Enter and on the next focus', async () => {
    await setup([{}]);
    const b = button(0);
    b.focus();
    key('Escape', b);
    expect(cardOpen()).toBe(false);
    key('Enter', b);
    expect(cardOpen()).toBe(true);
    b.blur();
    expect(cardOpen()).toBe(false);
    b.focus();
    expect(cardOpen()).toBe(true);
  });

  it('other keys do not hide it', async () => {
    await setup([{}]);
    button(0).focus();
    key('a', button(0));
    expect(cardOpen()).toBe(true);
  });

  it('follows the pointer: shows on hover, stays while moving onto the card, hides after leaving', async () => {
    const handle = await setup([{}]);
    vi.useFakeTimers();
    const [first, second] = marksOf(handle, 'c0').map((m) => m.firstChild);
    const outside = document.querySelectorAll('p')[1]!.firstChild;
    pointerOver(second!);
    expect(cardOpen()).toBe(true);
    expect(cardText()).toContain(CATEGORY_LABELS.ai_training);
    // Between two pieces of the same clause: no flicker.
    pointerOver(first!);
    vi.advanceTimersByTime(1000);
    expect(cardOpen()).toBe(true);
    pointerOver(outside);
    pointerOnCard();
    vi.advanceTimersByTime(1000);
    expect(cardOpen()).toBe(true);
    pointerOver(outside);
    vi.advanceTimersByTime(1000);
    expect(cardOpen()).toBe(false);
  });

  it('does not show for text beside a clause (the caret is near, but no rectangle is under the pointer)', async () => {
    const handle = await setup([{}]);
    caretAt(() => ({ offsetNode: marksOf(handle, 'c0')[0]!.firstChild!, offset: 3 }));
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
      () => [new DOMRect(500, 500, 10, 10)] as unknown as DOMRectList,
    );
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 10, bubbles: true }));
    expect(cardOpen()).toBe(false);
  });

  it('switches content to the clause under the pointer', async () => {
    const handle = await setup([{}]);
    pointerOver(marksOf(handle, 'c1')[0]!.firstChild);
    expect(cardText()).toContain(CATEGORY_LABELS.data_sharing);
    expect(cardText()).not.toContain(CATEGORY_LABELS.ai_training);
  });

  it('stays inside the viewport', async () => {
    await setup([{}]);
    button(0).focus();
    const top = parseFloat(card().style.getPropertyValue('top'));
    const left = parseFloat(card().style.getPropertyValue('left'));
    expect(top).toBeGreaterThanOrEqual(8);
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left).toBeLessThanOrEqual(window.innerWidth - 8);
    expect(top).toBeLessThanOrEqual(window.innerHeight - 8);
  });

  it('renders page-controlled text as text, never as markup', async () => {
    await setup([{ evidence: ['<img src=x onerror="alert(1)">'] }]);
    button(0).focus();
    expect(card().querySelector('img')).toBeNull();
    expect(cardText()).toContain('<img src=x onerror="alert(1)">');
  });

  it('keeps its styles inside the shadow root; the page gets no stylesheet from the fallback', async () => {
    await setup([{}]);
    const root = card().getRootNode() as ShadowRoot;
    // A constructed sheet adopted by the shadow root (no page CSP applies to it), else a <style> inside it.
    const css =
      root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n') +
      (root.querySelector('style')?.textContent ?? '');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('stops listening once highlights are removed (an old card never comes back)', async () => {
    const first = await setup([{}]);
    const oldMark = marksOf(first, 'c0')[0]!.firstChild;
    const oldParts = overlayParts();
    removeAllHighlights(document);
    await setup([{}]);
    // Were the first session's listeners alive, they would re-attach the first host here.
    pointerOver(oldMark);
    button(0).focus();
    expect(oldParts.host.isConnected).toBe(false);
    expect(overlayParts().host.isConnected).toBe(true);
  });
});
