// What a page script can read once Termwatch has highlighted it, with either painter: every element's tag and
// attributes, every shadow root it can open, every stylesheet's text and the highlight registry. None of it may name
// Termwatch, a category, a stance or a condition (the page's own text may: it is not read here).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights } from '../../../src/content/highlight';
import { CATEGORY_LABELS } from '../../../src/core/categories';
import { blocksOf, finding, installFakeHighlightApi, liveLocator, overlayParts, sentenceClauses } from './page-fixture';

const WORDS = new RegExp(
  ['termwatch', ...Object.keys(CATEGORY_LABELS), 'grant', 'conditional', 'restrict', 'opt_in', 'opt_out'].join('|'),
  'i',
);

const sheetText = new WeakMap<CSSStyleSheet, string>();

function pageVisible(): string[] {
  const out: string[] = [];
  for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
    out.push(el.tagName);
    for (const a of el.attributes) out.push(`${a.name}=${a.value}`);
    if (el.shadowRoot) out.push(`open shadow root on ${el.tagName}: ${el.shadowRoot.innerHTML}`);
  }
  for (const s of [...document.styleSheets, ...document.adoptedStyleSheets])
    out.push(sheetText.get(s) ?? [...s.cssRules].map((r) => r.cssText).join(' '));
  const registry = (CSS as { highlights?: Map<string, unknown> }).highlights;
  if (registry) out.push(...registry.keys());
  return out;
}

afterEach(() => {
  removeAllHighlights(document);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe.each(['highlight-api', 'elements'] as const)('a page reading the DOM after highlighting (%s)', (mode) => {
  it('learns nothing: no Termwatch, category, stance or condition anywhere it can look, and no shadow root it can open', async () => {
    if (mode === 'highlight-api') installFakeHighlightApi();
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
      sheetText.set(this, text);
      replaceSync.call(this, text);
    });
    document.body.innerHTML = `<h2>Licence</h2><p>You let us train models on <a href="/c">your content</a>. We share data with partners, unless you opt out.</p><p>We do not sell personal data.</p>`;
    const blocks = blocksOf(document.body);
    const clauses = sentenceClauses(blocks);
    const handle = await highlightClauses(
      document,
      [
        {
          clause: clauses[0]!,
          findings: [
            finding('c0', { category: 'ai_training', stance: 'grant' }),
            finding('c0', { category: 'content_licence' }),
          ],
        },
        {
          clause: clauses[1]!,
          findings: [finding('c1', { category: 'data_sharing', stance: 'conditional', condition: 'opt_out' })],
        },
        { clause: clauses[2]!, findings: [finding('c2', { category: 'data_sale', stance: 'restrict' })] },
      ],
      { locate: liveLocator(blocks) },
    );
    expect(handle.mode).toBe(mode);
    expect(handle.count).toBe(3);
    // With the card open too: its text lives in the closed shadow root.
    overlayParts().buttons[0]!.focus();
    expect(overlayParts().card.textContent).toContain(CATEGORY_LABELS.ai_training);
    const seen = pageVisible();
    expect(seen.filter((s) => WORDS.test(s))).toEqual([]);
    expect(seen.filter((s) => s.startsWith('open shadow root'))).toEqual([]);
  });
});

describe('a page where nothing is flagged', () => {
  it('gets nothing at all: no element, stylesheet or highlight', async () => {
    installFakeHighlightApi();
    document.body.innerHTML = '<p>We are a friendly service. Contact us any time.</p>';
    const blocks = blocksOf(document.body);
    const clauses = sentenceClauses(blocks);
    const before = document.documentElement.outerHTML;
    const handle = await highlightClauses(
      document,
      clauses.map((clause) => ({ clause, findings: [] })),
      { locate: liveLocator(blocks) },
    );
    expect(handle.count).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect((CSS as unknown as { highlights: Map<string, unknown> }).highlights.size).toBe(0);
  });
});
