import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CAP,
  GRADE_THRESHOLDS,
  GRADING_EXPLANATION,
  SEVERITY_WEIGHTS,
  gradeDrivers,
  gradeFor,
  rightsOf,
  summarize,
} from '../../../src/core/score';
import { CONDITION_SEVERITY_STEPS } from '../../../src/core/analyze/severity';
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

describe('summarize: the grade counts rights, not sentences', () => {
  it.each([
    ['no findings', [], 100],
    ['one high grant', [f({})], 100 - SEVERITY_WEIGHTS.high],
    ['a restriction costs nothing', [f({ stance: 'restrict', severity: 'low' })], 100],
    // The consent discount lives in the severity (analyze/severity.ts) and is applied once: the weight of what is left.
    ['opt-in: its own (lowered) severity', [f({ stance: 'conditional', condition: 'opt_in', severity: 'low' })], 97],
    ['opt-out', [f({ stance: 'conditional', condition: 'opt_out', severity: 'medium' })], 92],
    [
      'the same right said ten times costs as much as once',
      Array.from({ length: 10 }, (_, i) => f({ clauseId: `c${i}` })),
      100 - SEVERITY_WEIGHTS.high,
    ],
    [
      'a grant and an opt-out in one category are two rights, within the cap',
      [f({}), f({ stance: 'conditional', condition: 'opt_out', severity: 'high' })],
      100 - Math.min(CATEGORY_CAP, 2 * SEVERITY_WEIGHTS.high),
    ],
    [
      'categories add up',
      [f({}), f({ category: 'data_sale' }), f({ category: 'content_licence' }), f({ category: 'tracking' })],
      100 - 4 * SEVERITY_WEIGHTS.high,
    ],
  ] as const)('%s', (_name, findings, score) => {
    const s = summarize([...findings]);
    expect(s.score).toBe(score);
    expect(s.grade).toBe(gradeFor(score));
  });

  it('counts every finding per category and names the rights taken in the driver', () => {
    const s = summarize([
      f({}),
      f({ clauseId: 'c1' }),
      f({ category: 'content_licence' }),
      f({ category: 'data_sale', stance: 'restrict', severity: 'low' }),
    ]);
    expect(s.counts.ai_training).toBe(2);
    expect(s.counts.data_sale).toBe(1);
    expect(s.driver).toBe(
      '2 high-severity rights taken: AI / machine-learning training, Broad licence to your content',
    );
  });

  it('gives no grade when told why, and says why', () => {
    const s = summarize([f({})], 'too-short');
    expect(s).toMatchObject({ grade: null, score: null, ungraded: 'too-short' });
    expect(s.driver).toMatch(/^Not graded: .*150 words/);
  });

  it('grade thresholds are monotonic, and the explanation is made of the same constants', () => {
    const mins = GRADE_THRESHOLDS.map(([, min]) => min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    for (const [g, min] of GRADE_THRESHOLDS) expect(gradeFor(min)).toBe(g);
    for (const w of Object.values(SEVERITY_WEIGHTS)) expect(GRADING_EXPLANATION).toContain(String(w));
    expect(GRADING_EXPLANATION).toContain(`at most ${CATEGORY_CAP} points`);
    expect(GRADING_EXPLANATION).toContain(CONDITION_SEVERITY_STEPS.opt_in === 2 ? 'two steps lower' : 'steps lower');
    for (const [g, min] of GRADE_THRESHOLDS.slice(0, -1)) expect(GRADING_EXPLANATION).toContain(`${g} ${min}+`);
  });
});

describe('rights and drivers', () => {
  it('groups by category and stance, strongest clause first, the others listed', () => {
    const rights = rightsOf([
      f({ clauseId: 'c1', severity: 'medium' }),
      f({ clauseId: 'c2', severity: 'high' }),
      f({ clauseId: 'c2', category: 'data_sale', stance: 'restrict', severity: 'low' }),
    ]);
    expect(rights.map((r) => r.key)).toEqual(['ai_training|grant|', 'data_sale|restrict|']);
    expect(rights[0]!.strongest.clauseId).toBe('c2');
    expect(rights[0]!.clauseIds).toEqual(['c2', 'c1']);
  });

  it('names the worst rights and the grade the page would have without each', () => {
    const drivers = gradeDrivers([f({}), f({ category: 'data_sale' }), f({ category: 'tracking', severity: 'low' })]);
    expect(drivers.map((d) => d.right.category)).toEqual(['ai_training', 'data_sale', 'tracking']);
    expect(drivers[0]!.gradeWithout).toBe(gradeFor(100 - SEVERITY_WEIGHTS.high - SEVERITY_WEIGHTS.low));
  });
});
