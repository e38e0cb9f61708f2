// An entry of the document's list of versions is not itself a change of the terms, unless it brings a right.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { isChangeLogEntry } from '../../../src/core/diff/change-log';
import { INTRO, snapshot, type C } from './helpers';

describe('isChangeLogEntry', () => {
  const table: Array<[string, boolean]> = [
    ['1. May 2018 - update to privacy notice; 2.', true],
    ['October 2019 – Oath to Verizon Media name change', true],
    ['2024-03-01: new section on AI features.', true],
    ['May 2018 - update to privacy notice. We now share your data with advertisers.', false],
    ['We may update this notice from time to time - check back often.', false],
    ['Since May 2018 we keep your data for 30 days.', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isChangeLogEntry(text)).toBe(expected));
});

describe('change-log entries in a diff', () => {
  it('a new entry of the list of versions is not a change', () => {
    const entry: C = { section: '14. Recent Versions', text: '1. May 2018 - update to privacy notice; 2.' };
    expect(diffVersions(snapshot([INTRO]), snapshot([INTRO, entry]))).toEqual([]);
  });
});
