import { describe, expect, it } from 'vitest';
import { GRADING_EXPLANATION, gradeFor, summarize } from '../../../src/core/score';
import type { Finding } from '../../../src/core/types';

const f = (over: Partial<Finding>): Finding => ({
  clauseId: 'c0',
  category: 'ai_training',
  stance: 'grant',
  severity: 'high',
  evidence: [],
  rule: 'x',
  actor: 'service',
  ...over,
});

describe('summarize', () => {
  it.each([
    ['no findings', [], 100, 'A'],
    ['one high grant', [f({})], 80, 'B'],
    ['a restriction costs nothing', [f({ stance: 'restrict', severity: 'low' })], 100, 'A'],
    ['opt-in costs a quarter', [f({ stance: 'conditional', condition: 'opt_in' })], 95, 'A'],
    ['opt-out costs 60%', [f({ stance: 'conditional', condition: 'opt_out' })], 88, 'B'],
    ['a category is capped at 30', [f({}), f({}), f({})], 70, 'C'],
    [
      'categories add up',
      [
        f({}),
        f({}),
        f({ category: 'data_sale' }),
        f({ category: 'data_sale' }),
        f({ category: 'content_licence' }),
        f({ category: 'content_licence' }),
      ],
      10,
      'E',
    ],
  ] as const)('%s', (_name, findings, score, grade) => {
    const s = summarize([...findings]);
    expect(s.score).toBe(score);
    expect(s.grade).toBe(grade);
  });

  it('counts every stance and names high-severity grants in the driver', () => {
    const s = summarize([
      f({}),
      f({ category: 'content_licence' }),
      f({ category: 'data_sale', stance: 'restrict', severity: 'low' }),
    ]);
    expect(s.counts.ai_training).toBe(1);
    expect(s.counts.data_sale).toBe(1);
    expect(s.driver).toBe('2 high-severity grants: AI / machine-learning training, Broad licence to your content');
  });

  it('grade thresholds are monotonic and explained', () => {
    expect([95, 80, 60, 40, 10].map(gradeFor)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(GRADING_EXPLANATION).toMatch(/opt in/);
  });
});
