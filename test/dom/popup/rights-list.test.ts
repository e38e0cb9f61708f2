// The popup lists rights, worst first: one item per right however often the page says it, seven before "show all".
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RIGHTS_SHOWN, RightsList } from '../../../src/pages/popup/rights-list';
import { CATEGORY_IDS, type Clause, type Finding } from '../../../src/core/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const clause = (id: string, text: string): Clause => ({
  id,
  block: 0,
  start: 0,
  end: text.length,
  text,
  sectionPath: [],
  section: '',
});
const finding = (clauseId: string, over: Partial<Finding> = {}): Finding => ({
  clauseId,
  category: 'ai_training',
  stance: 'grant',
  severity: 'high',
  evidence: [],
  rule: 'x',
  actor: 'service',
  ...over,
});

function show(clauses: Clause[], findings: Finding[]): { root: HTMLElement; revealed: string[] } {
  const root = document.createElement('div');
  document.body.append(root);
  const revealed: string[] = [];
  render(h(RightsList, { clauses, findings, onReveal: (id: string) => void revealed.push(id) }), root);
  return { root, revealed };
}

describe('popup: rights, not sentences', () => {
  it('shows a right said three times once, worst first, with the other places one click away', () => {
    const { root, revealed } = show(
      [
        clause('c1', 'We may train our models on your content.'),
        clause('c2', 'We may train our models on your content.'),
        clause('c3', 'Your posts help improve our models.'),
        clause('c4', 'We do not sell your personal information.'),
      ],
      [
        finding('c1'),
        finding('c2'),
        finding('c3', { severity: 'medium' }),
        finding('c4', { category: 'data_sale', stance: 'restrict', severity: 'low' }),
      ],
    );
    const items = [...root.querySelectorAll('li.right')];
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('button.clause')!.getAttribute('data-stance')).toBe('grant');
    expect(items[0]!.querySelector('.right-meaning')!.textContent).toMatch(/train their AI/);
    // The repeated sentence is one place; the other wording is "also said".
    expect(items[0]!.querySelector('.also-said summary')!.textContent).toBe('Also said in 1 other place');
    (items[0]!.querySelector('button.also') as HTMLButtonElement).click();
    expect(revealed).toEqual(['c3']);
    expect(items[1]!.querySelector('button.clause')!.getAttribute('data-stance')).toBe('restrict');
  });

  it('lists mentions apart: they give no right', () => {
    const { root } = show(
      [clause('c1', 'For more on how our models are trained, see our AI page.'), clause('c2', 'We sell data.')],
      [finding('c1', { role: 'pointer' }), finding('c2', { category: 'data_sale' })],
    );
    expect(root.querySelectorAll('li.right')).toHaveLength(1);
    expect(root.querySelector('li.right button.clause')!.getAttribute('data-category')).toBe('data_sale');
    expect(root.querySelector('.mentions summary')!.textContent).toMatch(/\(1\)/);
    expect(root.querySelector('.mentions button.also')!.getAttribute('data-clause-id')).toBe('c1');
  });

  it(`shows ${RIGHTS_SHOWN} rights, then all of them on request`, () => {
    const clauses = CATEGORY_IDS.flatMap((c, i) => [clause(`g${i}`, `grant ${c}`), clause(`r${i}`, `restrict ${c}`)]);
    const findings = CATEGORY_IDS.flatMap((c, i) => [
      finding(`g${i}`, { category: c }),
      finding(`r${i}`, { category: c, stance: 'restrict', severity: 'low' }),
    ]);
    const { root } = show(clauses, findings);
    expect(root.querySelectorAll('li.right')).toHaveLength(RIGHTS_SHOWN);
    // Every grant comes before any good sign.
    expect([...root.querySelectorAll('li.right button.clause')].map((b) => b.getAttribute('data-stance'))).toEqual(
      Array(RIGHTS_SHOWN).fill('grant'),
    );
    const more = root.querySelector('button.show-all') as HTMLButtonElement;
    expect(more.textContent).toBe(`Show all ${2 * CATEGORY_IDS.length}`);
    more.click();
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(root.querySelectorAll('li.right')).toHaveLength(2 * CATEGORY_IDS.length);
        done();
      }, 0),
    );
  });
});
