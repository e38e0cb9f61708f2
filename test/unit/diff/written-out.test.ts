// A number written out beside its figures, or a name spelled out before its abbreviation, changes nothing said.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { onlyWrittenOutChanged } from '../../../src/core/diff/written-out';
import { INTRO, snapshot } from './helpers';

describe('onlyWrittenOutChanged', () => {
  const table: Array<[string, string, string, boolean]> = [
    [
      'a number in words beside its figures',
      'You accept all charges not disputed within 60 days.',
      'You accept all charges not disputed within sixty (60) days.',
      true,
    ],
    [
      'a percentage in words beside its figures',
      'an increase of any charge by more than 10% of the monthly charge',
      'an increase of any charge by more than ten percent (10%) of the monthly charge',
      true,
    ],
    [
      'a name spelled out before its abbreviation',
      'Art. 6 (1) (b) GDPR - performance of the contract with you',
      'Art. 6 (1) (b)General Data Protection Regulation("GDPR") - performance of the contract with you',
      true,
    ],
    ['a number in words that is not its figures', 'within 30 days', 'within thirty (60) days', false],
    ['figures in brackets without their words', 'within 30 days', 'within (60) days', false],
    [
      'two names under one abbreviation',
      'We may share Public Data (PD) with advertisers.',
      'We may share Personal Data (PD) with advertisers.',
      false,
    ],
    [
      'an abbreviation whose name is another',
      'the GDPR applies',
      'the California Consumer Privacy Act (GDPR) applies',
      false,
    ],
    ['nothing written out', 'We keep data for 30 days.', 'We keep data for 90 days.', false],
  ];
  for (const [name, before, after, same] of table)
    it(`${name}: ${same}`, () => {
      expect(onlyWrittenOutChanged(before, after)).toBe(same);
      expect(onlyWrittenOutChanged(after, before)).toBe(same);
    });
});

describe('diffVersions with a name spelled out', () => {
  const GDPR = 'The General Data Protection Regulation (GDPR) applies.';
  it('reports no change for the spelling alone', () => {
    const before = snapshot([INTRO, { section: '2. Law', text: 'The GDPR applies to our processing of your data.' }]);
    const after = snapshot([
      INTRO,
      { section: '2. Law', text: `${GDPR.slice(0, -9)} applies to our processing of your data.` },
    ]);
    expect(diffVersions(before, after)).toEqual([]);
  });

  it('still reports the clause removed', () => {
    const before = snapshot([INTRO, { section: '2. Law', text: GDPR }]);
    const after = snapshot([INTRO]);
    expect(diffVersions(before, after)).toHaveLength(1);
  });
});
