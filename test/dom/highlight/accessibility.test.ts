// The keyboard path to clauses that have no element of their own: the navigator's buttons in the overlay's closed
// shadow root. axe-core cannot see into a closed shadow root, so its ARIA rules run over the page (where we add
// nothing a rule could fault) and the structure inside is checked directly; the accessibility tree Chromium builds
// from it (names, descriptions, focus) is checked in test/browser/highlights-and-popup.test.ts.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { blocksOf, cardOpen, finding, liveLocator, overlayParts, sentenceClauses } from './page-fixture';

const RULES = [
  'aria-allowed-attr',
  'aria-allowed-role',
  'aria-prohibited-attr',
  'aria-roles',
  'aria-valid-attr',
  'aria-valid-attr-value',
  'aria-tooltip-name',
  'duplicate-id-aria',
  'nested-interactive',
];

afterEach(() => {
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

async function highlighted(extra = ''): Promise<void> {
  document.documentElement.lang = 'en';
  document.body.innerHTML = `<main><h1>Terms</h1>
    <p>We may use your content to train <a href="/ai">artificial intelligence</a> models. We will not sell your data.${extra}</p></main>`;
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  await highlightClauses(
    document,
    clauses.map((clause, i) => ({
      clause,
      findings: [finding(clause.id, i === 1 ? { stance: 'restrict', category: 'data_sale' } : {})],
    })),
    { locate: liveLocator(blocks) },
  );
}

describe('accessibility', () => {
  it('a highlighted page with its card open passes axe ARIA rules', async () => {
    await highlighted();
    overlayParts().buttons[0]!.focus();
    const result = await axe.run(document, { runOnly: { type: 'rule', values: RULES }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('each clause is a named, focusable button described by the card (role=tooltip), in one labelled group', async () => {
    await highlighted();
    const { buttons, card } = overlayParts();
    expect(buttons).toHaveLength(2);
    const group = buttons[0]!.parentElement!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Termwatch: flagged clauses');
    for (const b of buttons) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.textContent).toMatch(/^Termwatch: /);
      // The description target lives in the same shadow root, so the reference resolves.
      expect((b.getRootNode() as ShadowRoot).getElementById(b.getAttribute('aria-describedby')!)).toBe(card);
    }
    expect(card.getAttribute('role')).toBe('tooltip');
    buttons[1]!.focus();
    expect(card.textContent).toContain('Sale of personal data');
  });

  it('is one Tab stop (roving tabindex), with the arrow keys, Home and End between clauses and Escape closing the card', async () => {
    await highlighted(' We share your data with partners. We keep your data forever.');
    const { buttons } = overlayParts();
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    const stops = (): number[] => buttons.map((b) => b.tabIndex);
    // Only the first clause (in document order) is in the Tab order.
    expect(stops()).toEqual(buttons.map((_, i) => (i === 0 ? 0 : -1)));
    const root = buttons[0]!.getRootNode() as ShadowRoot;
    const press = (key: string): boolean => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      root.activeElement!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    buttons[0]!.focus();
    expect(press('ArrowDown')).toBe(true); // the page does not scroll as well
    expect(root.activeElement).toBe(buttons[1]);
    expect(stops()).toEqual(buttons.map((_, i) => (i === 1 ? 0 : -1)));
    expect(cardOpen()).toBe(true);
    press('ArrowRight');
    expect(root.activeElement).toBe(buttons[2]);
    press('ArrowUp');
    press('ArrowLeft');
    expect(root.activeElement).toBe(buttons[0]);
    press('ArrowUp'); // at the first: stays
    expect(root.activeElement).toBe(buttons[0]);
    press('End');
    expect(root.activeElement).toBe(buttons[buttons.length - 1]);
    press('Home');
    expect(root.activeElement).toBe(buttons[0]);
    // Other keys are the page's.
    expect(press('a')).toBe(false);
    // The last clause focused stays the Tab stop when focus leaves and comes back.
    press('End');
    expect(stops().filter((t) => t === 0)).toHaveLength(1);
    expect(buttons[buttons.length - 1]!.tabIndex).toBe(0);
    expect(cardOpen()).toBe(true);
    press('Escape');
    expect(cardOpen()).toBe(false);
  });
});
