// The keyboard path to clauses that have no element of their own: the navigator's buttons in the overlay's closed
// shadow root. axe-core cannot see into a closed shadow root, so its ARIA rules run over the page (where we add
// nothing a rule could fault) and the structure inside is checked directly; the accessibility tree Chromium builds
// from it (names, descriptions, focus) is checked in test/browser/highlights-and-popup.test.ts.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { blocksOf, finding, liveLocator, overlayParts, sentenceClauses } from './page-fixture';

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

async function highlighted(): Promise<void> {
  document.documentElement.lang = 'en';
  document.body.innerHTML = `<main><h1>Terms</h1>
    <p>We may use your content to train <a href="/ai">artificial intelligence</a> models. We will not sell your data.</p></main>`;
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
      expect(b.tabIndex).toBe(0);
      expect(b.textContent).toMatch(/^Termwatch: /);
      // The description target lives in the same shadow root, so the reference resolves.
      expect((b.getRootNode() as ShadowRoot).getElementById(b.getAttribute('aria-describedby')!)).toBe(card);
    }
    expect(card.getAttribute('role')).toBe('tooltip');
    buttons[1]!.focus();
    expect(card.textContent).toContain('Sale of personal data');
  });
});
