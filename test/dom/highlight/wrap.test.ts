import { afterEach, describe, expect, it } from 'vitest';
// The fallback painter (happy-dom has no CSS Custom Highlight API): elements around the text, exactly undone.
import {
  highlightClauses,
  removeAllHighlights,
  type HighlightHandle,
  type HighlightItem,
  type Locator,
} from '../../../src/content/highlight';
import { MARK_TONES } from '../../../src/content/highlight/mark-palette';
import type { Clause, Finding } from '../../../src/core/types';
import {
  blocksOf,
  cachedLocator,
  finding,
  liveLocator,
  marksOf,
  ourElements,
  overlayParts,
  paintedText,
  sentenceClauses,
  textSnapshot,
} from './page-fixture';

const PAGE = `
<h2>10.4 Customer License Grant</h2>
<p id="p1">You grant us a licence to use Customer Content for <strong>machine learning</strong> and <a href="https://example.com/ai" id="ai" class="x">artificial intelligence</a> training. We will not sell your data.</p>
<p id="p2">We may change these terms at any time. Contact us with questions. We keep logs forever.</p>
<script>var s = "You grant us a licence";</script>`;

function load(html: string): { clauses: Clause[]; locate: Locator } {
  document.body.innerHTML = html;
  const blocks = blocksOf(document.body);
  return { clauses: sentenceClauses(blocks), locate: liveLocator(blocks) };
}

function item(clause: Clause, ...findings: Array<Partial<Finding>>): HighlightItem {
  return { clause, findings: (findings.length ? findings : [{}]).map((f) => finding(clause.id, f)) };
}

/** The default flagged set on PAGE: c0 grant/high, c1 restrict, c2 grant/medium, c4 conditional. */
function flagged(clauses: Clause[]): HighlightItem[] {
  return [
    item(clauses[0]!, {}),
    item(clauses[1]!, { category: 'data_sale', stance: 'restrict', severity: 'low' }),
    item(clauses[2]!, { category: 'terms_change', severity: 'medium' }),
    item(clauses[4]!, { category: 'retention', stance: 'conditional', condition: 'opt_out', severity: 'medium' }),
  ];
}

function markedText(handle: HighlightHandle, clauseId: string): string {
  return marksOf(handle, clauseId)
    .map((m) => m.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const fill = (el: HTMLElement): string => el.style.getPropertyValue('background-color').replace(/\s/g, '');

afterEach(() => {
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

/** Our marks in the page, found by identity (their tag is random). */
function pageMarks(): Element[] {
  return ourElements(document).filter((el) => el !== overlayParts().host);
}

describe('highlightClauses: wrapping (fallback)', () => {
  it('wraps exactly the clause text, one mark per text-node piece', async () => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    expect(handle.mode).toBe('elements');
    expect(handle.count).toBe(4);
    for (const i of [0, 1, 2, 4]) expect(markedText(handle, `c${i}`)).toBe(clauses[i]!.text);
    for (const i of [0, 1, 2, 4]) expect(paintedText(handle, `c${i}`)).toBe(clauses[i]!.text);
    expect(marksOf(handle, 'c3')).toHaveLength(0);
    expect(handle.clauseIds).toEqual(['c0', 'c1', 'c2', 'c4']);
    // c0 spans a text node, <strong>, a text node, <a>, and a text node.
    expect(marksOf(handle, 'c0').map((m) => m.textContent)).toEqual([
      'You grant us a licence to use Customer Content for ',
      'machine learning',
      ' and ',
      'artificial intelligence',
      ' training.',
    ]);
    expect(handle.marks).toEqual(pageMarks());
  });

  it('gives marks a random tag and no attribute at all: nothing names a category, stance or Termwatch', async () => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    const tags = new Set(handle.marks.map((m) => m.tagName.toLowerCase()));
    expect(tags.size).toBe(1);
    const [tag] = [...tags];
    expect(tag).toMatch(/^[a-z]{4}-[a-z0-9]{9}$/);
    for (const mark of handle.marks) expect([...mark.attributes].map((a) => a.name)).toEqual(['style']);
    // (The page's own text says "grant"; what we add — tags and attributes — says nothing.)
    const ours = ourElements(document).flatMap((el) => [
      el.tagName,
      ...[...el.attributes].map((a) => `${a.name}=${a.value}`),
    ]);
    expect(ours.join(' ')).not.toMatch(
      /termwatch|ai_training|data_sale|terms_change|retention|grant|conditional|restrict/i,
    );
    // A new session draws a new name.
    const again = await highlightClauses(document, flagged(clauses), { locate });
    expect(again.marks[0]!.tagName.toLowerCase()).not.toBe(tag);
  });

  it.each([
    ['c0', 'grant-high'],
    ['c1', 'restrict'],
    ['c2', 'grant'],
    ['c4', 'conditional'],
  ] as const)('%s is painted in the %s tone', async (id, tone) => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    for (const mark of marksOf(handle, id)) expect(fill(mark)).toBe(MARK_TONES[tone].fill.replace(/\s/g, ''));
  });

  it('takes no tab stop in the page: the navigator has one button per clause, in document order', async () => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    for (const mark of handle.marks) expect(mark.hasAttribute('tabindex')).toBe(false);
    const { buttons } = overlayParts();
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringContaining('“You grant us a licence'),
      expect.stringContaining('“We will not sell'),
      expect.stringContaining('“We may change these terms'),
      expect.stringContaining('“We keep logs forever'),
    ]);
  });

  it('paints each tone differently, inline and !important', async () => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    const fills = ['c0', 'c1', 'c2', 'c4'].map((id) => {
      const style = marksOf(handle, id)[0]!.style;
      expect(style.getPropertyPriority('background-color')).toBe('important');
      expect(style.getPropertyValue('display')).toBe('inline');
      return style.getPropertyValue('background-color');
    });
    expect(new Set(fills).size).toBe(4);
  });

  it('keeps links intact: same element, attributes and parent chain; the mark goes inside', async () => {
    const { clauses, locate } = load(PAGE);
    const link = document.getElementById('ai')!;
    const attrsBefore = [...link.attributes].map((a) => `${a.name}=${a.value}`);
    const parentBefore = link.parentElement;
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    expect(document.getElementById('ai')).toBe(link);
    expect(link.parentElement).toBe(parentBefore);
    expect([...link.attributes].map((a) => `${a.name}=${a.value}`)).toEqual(attrsBefore);
    expect(link.children).toHaveLength(1);
    expect(handle.marks).toContain(link.firstElementChild);
    expect(link.textContent).toBe('artificial intelligence');
  });

  it('leaves the page text byte-identical and restores the original text nodes on removal', async () => {
    const { clauses, locate } = load(PAGE);
    const before = textSnapshot(document.body);
    const firstNode = document.getElementById('p1')!.firstChild;
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    const during = textSnapshot(document.body);
    expect(during.text).toBe(before.text);
    expect(during.nodes).toBeGreaterThan(before.nodes);
    handle.remove();
    expect(textSnapshot(document.body)).toEqual(before);
    // The very same Text object holds the whole sentence again (pages may hold references to it).
    expect(document.getElementById('p1')!.firstChild).toBe(firstNode);
  });

  it('removal leaves no mark, overlay or style behind and reports how many marks it removed', async () => {
    const { clauses, locate } = load(PAGE);
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    const n = handle.marks.length;
    expect(ourElements(document).length).toBe(n + 1); // the marks and the overlay host
    expect(removeAllHighlights(document)).toBe(n);
    expect(ourElements(document)).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(handle.count).toBe(0);
    expect(removeAllHighlights(document)).toBe(0);
  });

  it('never wraps script, form controls, buttons, editable regions or SVG text', async () => {
    const { clauses, locate } = load(
      `<p>Accept <button>OK now</button> our terms <span contenteditable="true">edit here</span> and <textarea>typed text</textarea> and <select><option>pick me</option></select> and <svg><text>svg words</text></svg> all of them.</p>`,
    );
    const handle = await highlightClauses(document, [item(clauses[0]!)], { locate });
    const text = marksOf(handle, 'c0')
      .map((m) => m.textContent)
      .join('|');
    for (const banned of ['OK now', 'edit here', 'typed text', 'pick me', 'svg words'])
      expect(text).not.toContain(banned);
    expect(text).toContain('Accept');
    expect(text).toContain('all of them.');
    for (const sel of ['button', '[contenteditable]', 'textarea', 'select', 'svg']) {
      for (const mark of handle.marks) expect(document.querySelector(sel)!.contains(mark)).toBe(false);
    }
  });

  it('does not wrap whitespace-only text between elements', async () => {
    const { clauses, locate } = load('<p><b>One</b> <i>two</i>.</p>');
    const handle = await highlightClauses(document, [item(clauses[0]!)], { locate });
    expect(marksOf(handle, 'c0').map((m) => m.textContent)).toEqual(['One', 'two', '.']);
  });

  it('paints the most severe finding: grant over conditional over restrict, then severity', async () => {
    const { clauses, locate } = load(PAGE);
    const items = [
      item(
        clauses[0]!,
        { stance: 'restrict', severity: 'high' },
        { stance: 'conditional', severity: 'high' },
        { stance: 'grant', severity: 'low', category: 'data_sharing' },
        { stance: 'grant', severity: 'medium', category: 'tracking' },
      ),
    ];
    const handle = await highlightClauses(document, items, { locate });
    expect(fill(marksOf(handle, 'c0')[0]!)).toBe(MARK_TONES.grant.fill.replace(/\s/g, ''));
    // The navigator names the primary finding first.
    expect(overlayParts().buttons[0]!.textContent).toMatch(/^Termwatch: Tracking/);
  });

  it('works with a locator that cached positions before wrapping (several clauses in one text node)', async () => {
    const { clauses } = load(PAGE);
    const locate = cachedLocator(blocksOf(document.body));
    const items = [item(clauses[2]!), item(clauses[3]!), item(clauses[4]!)];
    const handle = await highlightClauses(document, items, { locate });
    expect(handle.count).toBe(3);
    for (const i of [2, 3, 4]) expect(markedText(handle, `c${i}`)).toBe(clauses[i]!.text);
  });

  it('skips clauses it cannot place and keeps going', async () => {
    const { clauses, locate } = load(PAGE);
    const flaky: Locator = (block, offset) => {
      if (block === 2) throw new Error('boom');
      if (block === 1 && offset > 20) return { node: document.createTextNode('detached'), offset: 1 };
      return locate(block, offset);
    };
    const items = [...flagged(clauses), { clause: clauses[3]!, findings: [] }];
    const handle = await highlightClauses(document, items, { locate: flaky });
    // c0 and c1 end past offset 20 (detached end), c2–c4 are in the throwing block: nothing is placeable
    // but the run completes; an out-of-range offset is skipped too.
    expect(handle.count).toBe(0);
    const outOfRange: Locator = (block, offset) =>
      offset > 5 ? { node: locate(block, 0)!.node, offset: 10_000 } : locate(block, offset);
    const again = await highlightClauses(document, flagged(clauses), { locate: outOfRange });
    expect(again.count).toBe(0);
    const ok = await highlightClauses(document, flagged(clauses), { locate });
    expect(ok.count).toBe(4);
  });

  it('marks a clause once even when it is listed twice', async () => {
    const { clauses, locate } = load(PAGE);
    const items = [item(clauses[0]!), item(clauses[0]!, { category: 'tracking' })];
    const handle = await highlightClauses(document, items, { locate });
    expect(handle.count).toBe(1);
    expect(marksOf(handle, 'c0')).toHaveLength(5);
    expect(overlayParts().buttons).toHaveLength(1);
  });
});

describe('highlightClauses: re-highlighting (fallback)', () => {
  it('is idempotent: a second run replaces the first, with no nested or duplicate marks', async () => {
    const { clauses, locate } = load(PAGE);
    const before = textSnapshot(document.body);
    const first = await highlightClauses(document, flagged(clauses), { locate });
    const n = first.marks.length;
    const second = await highlightClauses(document, flagged(clauses), { locate });
    expect(pageMarks()).toHaveLength(n);
    for (const mark of second.marks)
      expect(second.marks.some((other) => other !== mark && other.contains(mark))).toBe(false);
    expect(ourElements(document).filter((el) => !second.marks.includes(el as HTMLElement))).toHaveLength(1); // one overlay
    // The superseded handle no longer owns anything and cannot remove the new marks.
    expect(first.count).toBe(0);
    first.remove();
    expect(pageMarks()).toHaveLength(n);
    second.remove();
    expect(textSnapshot(document.body)).toEqual(before);
  });

  it('accepts positions located while the previous marks were still in the page', async () => {
    const { clauses, locate } = load(PAGE);
    const before = textSnapshot(document.body);
    await highlightClauses(document, flagged(clauses), { locate });
    // As the lead does on dynamic pages: re-extract with marks present, then highlight again.
    const stale = cachedLocator(blocksOf(document.body));
    const handle = await highlightClauses(document, flagged(clauses), { locate: stale });
    expect(handle.count).toBe(4);
    for (const i of [0, 1, 2, 4]) expect(markedText(handle, `c${i}`)).toBe(clauses[i]!.text);
    removeAllHighlights(document);
    expect(textSnapshot(document.body)).toEqual(before);
  });

  it('leaves a page-made element alone, even one named like our old marks', async () => {
    const { clauses, locate } = load(
      `${PAGE}<div id="fake"><termwatch-mark data-termwatch-clause="c0" tabindex="0">fake</termwatch-mark></div>`,
    );
    const fake = document.querySelector('#fake termwatch-mark')!;
    const handle = await highlightClauses(document, flagged(clauses), { locate });
    expect(handle.marks).not.toContain(fake);
    expect(handle.marks).toHaveLength(8);
    expect(removeAllHighlights(document)).toBe(8);
    expect(fake.isConnected).toBe(true);
    expect(fake.textContent).toBe('fake');
    expect(document.querySelectorAll('termwatch-mark')).toHaveLength(1);
  });
});
