import { describe, expect, it } from 'vitest';
import { newestStamp, stampMonth } from '../../../src/core/diff/stamp-date';

describe('stampMonth: the month a date stamp names', () => {
  const table: Array<[string, number | null]> = [
    ['Effective Date: March 7, 2022', 2022 * 12 + 2],
    ['Last updated: 30 October 2017', 2017 * 12 + 9],
    ['Effective Date: January 2023', 2023 * 12],
    ['Updated on 2023-08-07', 2023 * 12 + 7],
    ['Updated over a week ago', null],
    ['Last modified: 07/08/2023', null],
  ];
  for (const [stamp, month] of table) it(stamp, () => expect(stampMonth(stamp)).toBe(month));
});

describe('newestStamp', () => {
  it('is the newest of the stamps, dates in running text aside', () => {
    const clauses = [
      { text: 'Effective Date: January 2023' },
      { text: 'Previous version: Effective March 7, 2022' },
      { text: 'We have kept your data since June 1, 2024.' },
    ];
    expect(newestStamp(clauses)).toBe(2023 * 12);
    expect(newestStamp([{ text: 'We keep your data for 30 days.' }])).toBeNull();
  });
});
