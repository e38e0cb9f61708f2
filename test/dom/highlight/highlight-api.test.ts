// The CSS Custom Highlight API painter (happy-dom lacks the API: page-fixture's stand-in registers what would be
// painted). Nothing goes into the page's text; the registry and one stylesheet hold random names and colours only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightHandle } from '../../../src/content/highlight';
import { MARK_TONES, type MarkTone } from '../../../src/content/highlight/mark-palette';
import {
  blocksOf,
  finding,
  installFakeHighlightApi,
  liveLocator,
  ourElements,
  overlayParts,
  paintedText,
  sentenceClauses,
  textSnapshot,
} from './page-fixture';

const PAGE = `<h2>Licence</h2>
<p id="p1">You grant us rights to train <em>machine learning</em> models on <a href="/c">your content</a>. We share data with partners.</p>
<p>We do not sell personal data.</p>`;

let registry: Map<string, Set<AbstractRange>>;

async function setup(load = true): Promise<HighlightHandle> {
  if (load) document.body.innerHTML = PAGE;
  const blocks = blocksOf(document.body);
  const clauses = sentenceClauses(blocks);
  return highlightClauses(
    document,
    clauses.map((clause, i) => ({
      clause,
      findings: [
        finding(
          clause.id,
          i === 1
            ? { category: 'data_sharing', severity: 'medium' }
            : i === 2
              ? { stance: 'restrict', category: 'data_sale', severity: 'low' }
              : {},
        ),
      ],
    })),
    { locate: liveLocator(blocks) },
  );
}

// happy-dom's CSS parser drops ::highlight() rules, so the text each constructed sheet was given is recorded.
const sheetText = new WeakMap<CSSStyleSheet, string>();

/** The text of every stylesheet the page can see. */
function pageCss(): string {
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
  return sheets.map((s) => sheetText.get(s) ?? [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
}

/** The highlight painted in a tone: found the way a page could, from the colour in the stylesheet. */
function toneHighlight(tone: MarkTone): Set<AbstractRange> | undefined {
  const fill = MARK_TONES[tone].fill.replace(/\s/g, '');
  const rule = pageCss()
    .split('\n')
    .find((r) => r.replace(/\s/g, '').includes(fill));
  const name = /::highlight\(([a-z0-9]+)\)/.exec(rule ?? '')?.[1];
  return name ? registry.get(name) : undefined;
}

beforeEach(() => {
  registry = installFakeHighlightApi();
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
    sheetText.set(this, text);
    replaceSync.call(this, text);
  });
});
afterEach(() => {
  vi.useRealTimers();
  removeAllHighlights(document);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('painting with the CSS Custom Highlight API', () => {
  it('registers ranges under six random names and puts nothing into the text', async () => {
    document.body.innerHTML = PAGE;
    const before = textSnapshot(document.body);
    const p1 = document.getElementById('p1')!.firstChild;
    const handle = await setup(false);
    expect(handle.mode).toBe('highlight-api');
    expect(handle.marks).toEqual([]);
    expect(handle.count).toBe(3);
    expect([...registry.keys()]).toHaveLength(6);
    for (const name of registry.keys()) expect(name).toMatch(/^[a-z][a-z0-9]{11}$/);
    expect(paintedText(handle, 'c0')).toBe('You grant us rights to train machine learning models on your content.');
    // The text nodes are the page's own, unsplit; the only element we add is the overlay host.
    expect(textSnapshot(document.body)).toEqual(before);
    expect(document.getElementById('p1')!.firstChild).toBe(p1);
    expect(ourElements(document)).toEqual([overlayParts().host]);
  });

  it('paints each clause in its tone, and styles the names in one sheet of colours', async () => {
    const handle = await setup();
    expect([...toneHighlight('grant-high')!]).toEqual(handle.rangesOf('c0'));
    expect([...toneHighlight('grant')!]).toEqual(handle.rangesOf('c1'));
    expect([...toneHighlight('restrict')!]).toEqual(handle.rangesOf('c2'));
    expect(toneHighlight('conditional')!.size).toBe(0);
    expect(pageCss().split('\n')).toHaveLength(6);
    for (const rule of pageCss().split('\n'))
      expect(rule).toMatch(
        /^::highlight\([a-z0-9]+\) \{ background-color: rgba\([^)]*\) !important; text-decoration: /,
      );
  });

  it('draws new names for every session', async () => {
    await setup();
    const first = [...registry.keys()];
    await setup();
    const second = [...registry.keys()];
    expect(second).toHaveLength(6);
    expect(second.filter((n) => first.includes(n))).toEqual([]);
  });

  it('paints the focused clause with the focus highlight, above its tone, and clears it on blur', async () => {
    const handle = await setup();
    const focus = [...registry.values()].find((h) => (h as unknown as { priority: number }).priority === 1)!;
    overlayParts().buttons[1]!.focus();
    expect([...focus]).toEqual(handle.rangesOf('c1'));
    overlayParts().buttons[1]!.blur();
    expect(focus.size).toBe(0);
  });

  it('flashes a clause after a jump, then lets it go', async () => {
    const handle = await setup();
    vi.useFakeTimers();
    const flash = [...registry.values()].find((h) => (h as unknown as { priority: number }).priority === 2)!;
    expect(handle.flash('c2')).toBe(true);
    expect([...flash]).toEqual(handle.rangesOf('c2'));
    vi.advanceTimersByTime(5000);
    expect(flash.size).toBe(0);
  });

  it('puts its highlights and stylesheet back when the page took them away', async () => {
    const handle = await setup();
    const names = [...registry.keys()];
    registry.clear();
    document.adoptedStyleSheets = [];
    expect(handle.flash('c0')).toBe(true);
    expect([...registry.keys()].sort()).toEqual([...names].sort());
    expect(pageCss()).toContain(`::highlight(${names[0]})`);
  });

  it('removal takes out only what is still its own', async () => {
    const handle = await setup();
    const [name] = registry.keys();
    const pages = new Set<AbstractRange>();
    registry.set(name!, pages); // the page put its own highlight under one of our names
    expect(removeAllHighlights(document)).toBe(7); // c0 in five pieces (text, <em>, text, <a>, text), c1, c2
    expect([...registry.entries()]).toEqual([[name, pages]]);
    expect(pageCss()).toBe('');
    expect(ourElements(document)).toEqual([]);
    expect(handle.count).toBe(0);
  });
});
