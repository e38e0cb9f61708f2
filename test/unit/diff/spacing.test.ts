// A space lost or gained between two words is formatting; a word changed, or two numbers run together, is not.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { onlySpacingChanged } from '../../../src/core/diff/spacing';
import { INTRO, snapshot } from './helpers';

const POINTER = 'You may refer to the applicable privacy policy of DingTalk for more data processing details.';

describe('onlySpacingChanged', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['a space lost before a link text', POINTER, POINTER.replace('DingTalk for', 'DingTalkfor'), true],
    ['a compound written apart', 'Where we keep deidentified data.', 'Where we keep de-identified data.', true],
    [
      '"sign into" and "sign in to"',
      'One account to sign into both apps.',
      'One account to sign in to both apps.',
      true,
    ],
    ['a word changed', POINTER, POINTER.replace('DingTalk for', 'DingTalk or'), false],
    ['two numbers run together', 'We keep logs for 1 5 days.', 'We keep logs for 15 days.', false],
    ['nothing changed', POINTER, POINTER, true],
  ];
  for (const [name, before, after, expected] of cases)
    it(`${name}: ${expected}`, () => {
      expect(onlySpacingChanged(before, after)).toBe(expected);
      expect(onlySpacingChanged(after, before)).toBe(expected);
    });
});

describe('a clause whose spacing changed', () => {
  it('is not reported; a word changed in it is', () => {
    const before = snapshot([INTRO, { section: '5. Partners', text: POINTER }]);
    const spaced = snapshot([INTRO, { section: '5. Partners', text: POINTER.replace('DingTalk for', 'DingTalkfor') }]);
    const edited = snapshot([INTRO, { section: '5. Partners', text: POINTER.replace('more data', 'all data') }]);
    expect(diffVersions(before, spaced)).toEqual([]);
    expect(diffVersions(before, edited).map((c) => c.type)).toEqual(['modified']);
  });
});
