// A date moved in a clause that gives no right (a reporting period, an approval date) is a wording edit; a date moved
// in a clause that gives a right, or any other word changed with it, is reported.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { onlyDateChanged } from '../../../src/core/diff/date-only';
import { INTRO, snapshot, type C } from './helpers';

describe('onlyDateChanged', () => {
  const table: Array<[string, string, boolean]> = [
    ['for the twelve months ending December 31, 2024.', 'for the twelve months ending December 31, 2025.', true],
    ['approved on June 7, 2021.', 'approved on October 3, 2025.', true],
    ['We keep data for 30 days.', 'We keep data for 90 days.', false],
    ['ending December 31, 2024.', 'ending December 31, 2025, for all users.', false],
    ['ending December 31.', 'ending January 31.', false],
  ];
  for (const [b, a, expected] of table) it(`${b} → ${a}`, () => expect(onlyDateChanged(b, a)).toBe(expected));
});

describe('a date moved in a diff', () => {
  const stats = (year: number): C => ({
    section: '9. Rights Requests',
    text: `The following statistics are for requests received during the twelve months ending December 31, ${year}.`,
  });

  it('is a wording edit in a clause that gives no right', () => {
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, stats(2024)]),
      snapshot([INTRO, stats(2025)]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });

  it('is reported in a clause that gives a right', () => {
    const keep = (year: number): C => ({
      section: '5. Retention',
      text: `We keep your personal data until December 31, ${year}.`,
      f: [['retention', 'grant', 'medium']],
    });
    const { changes } = diffWithWordingEdits(snapshot([INTRO, keep(2024)]), snapshot([INTRO, keep(2030)]));
    expect(changes).toHaveLength(1);
  });
});
