import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightClauses, removeAllHighlights, type HighlightHandle } from '../../../src/content/highlight';
import { CATEGORY_LABELS, STANCE_LABELS } from '../../../src/core/categories';
import type { Finding } from '../../../src/core/types';
import { blocksOf, finding, liveLocator, sentenceClauses } from './page-fixture';

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
      { clause: clauses[1]!, findings: [finding('c1', { category: 'data_sharing', stance: 'grant', severity: 'medium', evidence: ['share it with our affiliates'] })] },
    ],
    { locate: liveLocator(blocks) },
  );
}

function card(): HTMLElement {
  return document.querySelector<HTMLElement>('termwatch-card')!;
}
function cardText(): string {
  return card().shadowRoot!.textContent ?? '';
}
function visible(): boolean {
  return card().style.getPropertyValue('display') !== 'none';
}
function key(k: string): void {
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}
function mouse(type: 'mouseover' | 'mouseout', target: Element, relatedTarget: Element | null = null): void {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, relatedTarget }));
}

afterEach(() => {
  vi.useRealTimers();
  removeAllHighlights(document);
  document.body.innerHTML = '';
});

describe('the card', () => {
  it('is one hidden tooltip host with an open shadow root, described-by target of each clause', async () => {
    const handle = await setup([{}]);
    expect(document.querySelectorAll('termwatch-card')).toHaveLength(1);
    expect(card().parentNode).toBe(document.documentElement);
    expect(card().getAttribute('role')).toBe('tooltip');
    expect(card().shadowRoot).not.toBeNull();
    expect(visible()).toBe(false);
    expect(card().style.getPropertyPriority('display')).toBe('important');
    expect(card().style.getPropertyValue('position')).toBe('fixed');
    for (const mark of handle.marks.filter((m) => m.hasAttribute('tabindex'))) {
      expect(mark.getAttribute('aria-describedby')).toBe(card().id);
    }
  });

  it('shows category, stance, severity, evidence and section when a mark gets focus', async () => {
    const handle = await setup([{ evidence: ['train and tune artificial intelligence'] }]);
    handle.marks[0]!.focus();
    expect(visible()).toBe(true);
    const text = cardText();
    expect(text).toContain(CATEGORY_LABELS.ai_training);
    expect(text).toContain(STANCE_LABELS.grant);
    expect(text).toContain('High severity');
    expect(text).toContain('“train and tune artificial intelligence”');
    expect(text).toContain('Section: 10.4 Customer License Grant');
  });

  it('lists every finding of the clause, most severe first, with its own stance wording', async () => {
    const handle = await setup([
      { category: 'data_sharing', stance: 'restrict', severity: 'low', evidence: ['not share'] },
      { category: 'ai_training', stance: 'conditional', condition: 'opt_in', severity: 'medium', evidence: ['with your consent'] },
      { category: 'content_licence', stance: 'grant', severity: 'high', evidence: ['grant us a licence'] },
    ]);
    handle.marks[0]!.focus();
    const items = [...card().shadowRoot!.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain(CATEGORY_LABELS.content_licence);
    expect(items[1]).toContain('Only with your consent (opt-in)');
    expect(items[2]).toContain(STANCE_LABELS.restrict);
    expect(cardText()).toContain('3 findings in this clause');
  });

  it('hides on Escape and on blur, and comes back on the next focus', async () => {
    const handle = await setup([{}]);
    const mark = handle.marks[0]!;
    mark.focus();
    key('Escape');
    expect(visible()).toBe(false);
    expect(document.activeElement).toBe(mark);
    mark.blur();
    mark.focus();
    expect(visible()).toBe(true);
    mark.blur();
    expect(visible()).toBe(false);
  });

  it('other keys do not hide it', async () => {
    const handle = await setup([{}]);
    handle.marks[0]!.focus();
    key('a');
    expect(visible()).toBe(true);
  });

  it('follows the pointer: shows on hover, stays while moving onto the card, hides after leaving', async () => {
    const handle = await setup([{}]);
    vi.useFakeTimers();
    const [first, second] = handle.marks;
    const outside = document.querySelectorAll('p')[1]!;
    mouse('mouseover', second!);
    expect(visible()).toBe(true);
    expect(cardText()).toContain(CATEGORY_LABELS.ai_training);
    // Between two pieces of the same clause: no flicker.
    mouse('mouseout', second!, first!);
    vi.advanceTimersByTime(1000);
    expect(visible()).toBe(true);
    mouse('mouseout', first!, card());
    mouse('mouseover', card());
    vi.advanceTimersByTime(1000);
    expect(visible()).toBe(true);
    mouse('mouseout', card(), outside);
    vi.advanceTimersByTime(1000);
    expect(visible()).toBe(false);
  });

  it('switches content to the clause under the pointer', async () => {
    const handle = await setup([{}]);
    const c1 = handle.marks.find((m) => m.getAttribute('data-termwatch-clause') === 'c1')!;
    mouse('mouseover', c1);
    expect(cardText()).toContain(CATEGORY_LABELS.data_sharing);
    expect(cardText()).not.toContain(CATEGORY_LABELS.ai_training);
  });

  it('stays inside the viewport', async () => {
    const handle = await setup([{}]);
    handle.marks[0]!.focus();
    const top = parseFloat(card().style.getPropertyValue('top'));
    const left = parseFloat(card().style.getPropertyValue('left'));
    expect(top).toBeGreaterThanOrEqual(8);
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left).toBeLessThanOrEqual(window.innerWidth - 8);
    expect(top).toBeLessThanOrEqual(window.innerHeight - 8);
  });

  it('renders page-controlled text as text, never as markup', async () => {
    const handle = await setup([{ evidence: ['<img src=x onerror="alert(1)">'] }]);
    handle.marks[0]!.focus();
    expect(card().shadowRoot!.querySelector('img')).toBeNull();
    expect(cardText()).toContain('<img src=x onerror="alert(1)">');
  });

  it('keeps its styles inside the shadow root', async () => {
    const handle = await setup([{}]);
    handle.marks[0]!.focus();
    expect(card().shadowRoot!.querySelector('style')!.textContent).toContain('prefers-color-scheme: dark');
    expect(document.querySelectorAll('style')).toHaveLength(1); // only the marks' focus style
  });

  it('stops listening once highlights are removed (an old card never comes back)', async () => {
    await setup([{}]);
    removeAllHighlights(document);
    const handle = await setup([{}]);
    // Were the first session's listeners alive, they would re-attach the first card here.
    handle.marks[0]!.focus();
    expect(document.querySelectorAll('termwatch-card')).toHaveLength(1);
    mouse('mouseover', handle.marks[1]!);
    expect(document.querySelectorAll('termwatch-card')).toHaveLength(1);
  });
});
