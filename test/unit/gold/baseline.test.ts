import { describe, expect, it } from 'vitest';
import {
  diffVerdicts,
  formatBaseline,
  parseBaseline,
  verdictKey,
  type BaselineLine,
} from '../../../scripts/eval/real/baseline';
import type { GoldLabel } from '../../../scripts/gold/resolve-gold';

const line = (
  quote: string,
  stance: BaselineLine['stance'],
  rule: string | null = stance && 'r1',
  condition: BaselineLine['condition'] = null,
): BaselineLine => ({
  doc: 'd',
  quote,
  occurrence: 0,
  category: 'ai_training',
  stance,
  condition,
  rule,
});
const gold = (quote: string, stance: GoldLabel['stance']): GoldLabel => ({
  doc: 'd',
  quote,
  occurrence: 0,
  context: '',
  category: 'ai_training',
  stance,
  condition: null,
  role: 'operative',
  actor: 'service',
  source: 'agreed',
});

describe('baseline', () => {
  it('round-trips through JSONL, one line per unit', () => {
    const lines = [
      line('a', 'grant'),
      { ...line('a', null), category: 'data_sale' as const },
      line('b', null),
      line('c', 'conditional', 'r2', 'opt_out'),
    ];
    const text = formatBaseline(lines);
    expect(text.trim().split('\n')).toHaveLength(3);
    expect(parseBaseline(text)).toEqual(lines);
  });

  it('sorts changed verdicts into fixed, broken and changed, and rule-only changes apart', () => {
    const golds = new Map(
      [
        gold('fix', 'grant'),
        gold('break', null),
        gold('other', 'restrict'),
        gold('rule', 'grant'),
        gold('same', 'grant'),
      ].map((g) => [verdictKey(g), g]),
    );
    const before = [
      line('fix', null),
      line('break', null),
      line('other', 'grant'),
      line('rule', 'grant'),
      line('same', 'grant'),
      line('unsettled', null),
      line('gone', null),
    ];
    const after = [
      line('fix', 'grant'),
      line('break', 'grant'),
      line('other', 'conditional', 'r1', 'opt_in'),
      line('rule', 'grant', 'r9'),
      line('same', 'grant'),
      line('unsettled', 'grant'),
      line('new', null),
    ];
    const { changes, added, removed } = diffVerdicts(before, after, (k) => golds.get(k) ?? null);
    expect(changes.map((c) => [c.line.quote, c.change])).toEqual([
      ['fix', 'fixed'],
      ['break', 'broken'],
      ['other', 'changed'],
      ['rule', 'rule'],
      ['unsettled', 'changed'],
    ]);
    expect(changes.find((c) => c.line.quote === 'unsettled')?.gold).toBeNull();
    expect([added, removed]).toEqual([1, 1]);
  });

  it('a changed condition is a changed verdict', () => {
    const { changes } = diffVerdicts(
      [line('x', 'conditional', 'r1', 'opt_in')],
      [line('x', 'conditional', 'r1', 'opt_out')],
      () => null,
    );
    expect(changes.map((c) => c.change)).toEqual(['changed']);
  });
});
