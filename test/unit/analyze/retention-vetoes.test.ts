import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze/index';
import { vetoFires } from '../../../src/core/analyze/rule';
import { retention } from '../../../src/core/analyze/rules/retention';

const categoriesOf = (text: string): string[] =>
  analyzeText(text, { categories: ['retention'] }).findings.map((f) => `${f.category}:${f.stance}`);

describe('retention vetoes drop the model’s findings too', () => {
  const vetoes = ['retention.deletion-consequence', 'retention.browser-session-end', 'retention.no-duty-to-keep'];
  const rows = (retention.vetoes ?? [])
    .filter((v) => vetoes.includes(v.id))
    .flatMap((v) => v.mustVeto.map((text) => [v.id, text] as const));
  it('has the vetoes', () => expect(new Set(rows.map(([id]) => id)).size).toBe(vetoes.length));
  it.each(rows)('%s: %s', (_id, text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});

describe('retention vetoes leave a unit that states an end of its own', () => {
  it.each([
    [
      'Analytics cookies are deleted when you close your browser; the reports built from them are kept indefinitely.',
      'retention:grant',
    ],
    [
      'We retain transaction details such as the amount and merchant until you close your account.',
      'retention:restrict',
    ],
    [
      'If you delete your account, you will no longer be eligible for rewards and we retain your data as long as necessary.',
      'retention:grant',
    ],
  ])('%s → %s', (text, expected) => {
    expect(categoriesOf(text)).toEqual([expected]);
  });
  it('no duty to keep, with an adverb before the duty (R10)', () => {
    expect(categoriesOf('We are not legally required to retain back-up copies of your content.')).toEqual([]);
  });
});

describe('law-among-own-needs: the law with a narrowed end stays the law’s (R3)', () => {
  it.each([
    'We retain your data to comply with legal obligations and resolve pending disputes only.',
    'We may be required to retain data to comply with legal obligations, and to protect it we encrypt it.',
  ])('%s → restrict', (text) => {
    expect(categoriesOf(text)).toEqual(['retention:restrict']);
  });
  it('the law with the service’s own needs is a grant (R7)', () => {
    expect(
      categoriesOf(
        'We may be required to retain data to comply with legal obligations, detect fraudulent activity, or rectify security issues.',
      ),
    ).toEqual(['retention:grant']);
  });
});

describe('browser-session-end under a heading that asks how long data is kept', () => {
  const veto = retention.vetoes!.find((v) => v.id === 'retention.browser-session-end')!;
  const fires = (text: string, headings: string): boolean =>
    vetoFires(veto, text.toLowerCase(), { sectionItem: false, headings });
  it('is a retention period there', () => {
    expect(fires('The session cookie is deleted when the browser is closed.', 'how long will my data be saved?')).toBe(
      false,
    );
  });
  it('describes the tracker elsewhere', () => {
    expect(fires('The session cookie is deleted when the browser is closed.', 'how do cookies last?')).toBe(true);
  });
});

describe('no-duty-to-keep reads the words before the duty', () => {
  const veto = retention.vetoes!.find((v) => v.id === 'retention.no-duty-to-keep')!;
  it.each([
    ['We are not legally required to retain back-up copies of your content.', true],
    ['We are not required to keep back-up copies.', true],
    ['We are not only required to keep invoices for ten years, we also keep them longer.', false],
    ['We are legally required to retain invoices.', false],
  ])('%s → %s', (text, expected) => {
    expect(vetoFires(veto, text.toLowerCase())).toBe(expected);
  });
});
