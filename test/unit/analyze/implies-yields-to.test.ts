// Rule.implies.yieldsTo: a decided conditional opt-in the rule's reading finds in the unit stands over the rule's own
// stance; any other decided condition, or a unit the reading does not find, gives way to the rule's stance.
import { describe, expect, it } from 'vitest';
import { impliedStance } from '../../../src/core/analyze/engine';
import type { Rule } from '../../../src/core/analyze/rule';

const implies: NonNullable<Rule['implies']> = {
  stance: 'grant',
  yieldsTo: { test: (lower) => lower.includes('cookie banner') },
};
const base = { negated: false, genericException: false };

describe('implies.yieldsTo', () => {
  it('a decided opt-in the reading finds stands', () => {
    const decided = { ...base, stance: 'conditional' as const, condition: 'opt_in' as const };
    expect(impliedStance(implies, decided, 'accept them in our cookie banner')).toEqual(decided);
  });

  it('a decided opt-in the reading does not find gives way', () => {
    const decided = { ...base, stance: 'conditional' as const, condition: 'opt_in' as const };
    expect(impliedStance(implies, decided, 'only if you agree')).toEqual({ ...base, stance: 'grant' });
  });

  it('another decided condition gives way even where the reading finds it', () => {
    const decided = { ...base, stance: 'conditional' as const, condition: 'opt_out' as const };
    expect(impliedStance(implies, decided, 'opt out in our cookie banner')).toEqual({ ...base, stance: 'grant' });
  });
});
