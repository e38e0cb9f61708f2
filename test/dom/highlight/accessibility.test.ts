// axe-core over a highlighted page, limited to the ARIA and keyboard rules that a fake DOM can judge
// (no layout, so colour contrast and the like belong to the browser tests).
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { blocksOf, finding, liveLocator, sentenceClauses } from './page-fixture';

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

describe('accessibility', () => {
  it('a highlighted page with its card open passes axe ARIA rules', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main><h1>Terms</h1>
      <p>We may use your content to train <a href="/ai">artificial intelligence</a> models. We will not sell your data.</p></main>`;
    const blocks = blocksOf(document.body);
    const clauses = sentenceClauses(blocks);
    const handle = await highlightClauses(
      document,
      clauses.map((clause, i) => ({ clause, findings: [finding(clause.id, i === 1 ? { stance: 'restrict', category: 'data_sale' } : {})] })),
      { locate: liveLocator(blocks) },
    );
    handle.marks[0]!.focus();
    const result = await axe.run(document, { runOnly: { type: 'rule', values: RULES }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // The rules did look at our elements (a run that checks nothing would pass too).
    const checked = [...result.passes, ...result.incomplete].flatMap((r) => r.nodes.map((n) => n.html));
    expect(checked.some((html) => html.startsWith('<termwatch-mark'))).toBe(true);
    expect(checked.some((html) => html.startsWith('<termwatch-card'))).toBe(true);
  });
});
