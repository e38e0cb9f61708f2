import { describe, expect, it } from 'vitest';
import type { GoldLabel } from '../../../scripts/gold/resolve-gold';
import {
  isUserObligationGrant,
  outcome,
  prf,
  scoreCategory,
  type ScoredUnit,
  type Verdict,
} from '../../../scripts/eval/real/metrics';

const gold = (stance: GoldLabel['stance'], over: Partial<GoldLabel> = {}): GoldLabel => ({
  doc: 'd',
  quote: 'q',
  occurrence: 0,
  context: '',
  category: 'data_sale',
  stance,
  condition: null,
  role: 'operative',
  actor: 'service',
  source: 'agreed',
  ...over,
});
const said = (stance: Verdict['stance'], condition: Verdict['condition'] = null): Verdict => ({
  stance,
  condition,
  rule: 'data_sale.x',
});
const u = (g: GoldLabel, p: Verdict | null): ScoredUnit => ({ gold: g, predicted: p });

describe('prf', () => {
  it('computes precision, recall, F1 and support, and leaves undefined ratios null', () => {
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, support: 5, precision: 0.75, recall: 0.6, f1: 6 / 9 });
    expect(prf(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null, support: 0 });
  });
});

describe('scoreCategory', () => {
  const units = [
    u(gold('grant'), said('grant')), // hit, right stance
    u(gold('restrict'), said('grant')), // hit, wrong stance
    u(gold('conditional', { condition: 'opt_out' }), said('conditional', 'opt_in')), // hit, wrong condition
    u(gold('conditional', { condition: 'opt_in' }), said('conditional', 'opt_in')), // hit, right
    u(gold('grant'), null), // miss
    u(gold(null), said('restrict')), // false positive
    u(gold(null), null), // right negative
  ];
  const s = scoreCategory(units);

  it('counts any finding on a gold positive as a hit, whatever its stance', () => {
    expect(s).toMatchObject({ units: 7, tp: 4, fp: 1, fn: 1, support: 5, precision: 0.8, recall: 0.8 });
  });

  it('stance accuracy is over hits and needs the same condition for conditional', () => {
    expect(s).toMatchObject({ stanceHits: 4, stanceCorrect: 2, stanceAccuracy: 0.5 });
  });

  it('scores each stance on its own', () => {
    expect(s.stances.grant).toMatchObject({ tp: 1, fp: 1, fn: 1, support: 2 });
    expect(s.stances.conditional).toMatchObject({ tp: 2, fp: 0, fn: 0, support: 2 }); // the condition is not part of the stance
    expect(s.stances.restrict).toMatchObject({ tp: 0, fp: 1, fn: 1, support: 1 });
  });

  it('has no stance accuracy without hits', () => {
    expect(scoreCategory([u(gold(null), null)]).stanceAccuracy).toBeNull();
  });
});

describe('outcome and user obligations', () => {
  it.each([
    [gold(null), null, 'right'],
    [gold(null), said('grant'), 'fp'],
    [gold('grant'), null, 'fn'],
    [gold('grant'), said('restrict'), 'stance'],
    [gold('conditional', { condition: 'opt_out' }), said('conditional', 'opt_out'), 'right'],
  ] as const)('gold %o, said %o → %s', (g, p, want) => {
    expect(outcome(u(g, p))).toBe(want);
  });

  it('flags a grant on a user obligation, not a restriction or a service unit', () => {
    expect(isUserObligationGrant(u(gold(null, { actor: 'user' }), said('grant')))).toBe(true);
    expect(isUserObligationGrant(u(gold(null, { actor: 'user' }), said('restrict')))).toBe(false);
    expect(isUserObligationGrant(u(gold(null), said('grant')))).toBe(false);
  });
});
