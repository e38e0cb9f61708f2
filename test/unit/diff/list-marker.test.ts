// A list item renumbered or numbered in another style is the same item; its words changed, it is not.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { onlyListMarkerChanged } from '../../../src/core/diff/list-marker';
import { INTRO, snapshot } from './helpers';

const ITEM = 'Request that we correct incorrect data;';

describe('onlyListMarkerChanged', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['roman to arabic', `V. ${ITEM}`, `5. ${ITEM}`, true],
    ['letters renumbered', `m. ${ITEM}`, `k. ${ITEM}`, true],
    ['roman renumbered', `xxii. ${ITEM}`, `xxi. ${ITEM}`, true],
    ['a parenthesised marker to a dotted one', `(b) ${ITEM}`, `2. ${ITEM}`, true],
    ['a marker dropped', `iv) ${ITEM}`, ITEM, true],
    ['the item reworded', `V. ${ITEM}`, `5. Request that we delete incorrect data;`, false],
    ['no marker, a word changed', ITEM, 'Request that we correct your data;', false],
    ['a number that is no marker', 'We keep it for 30 days.', 'We keep it for 60 days.', false],
  ];
  for (const [name, before, after, expected] of cases)
    it(`${name}: ${expected}`, () => {
      expect(onlyListMarkerChanged(before, after)).toBe(expected);
      expect(onlyListMarkerChanged(after, before)).toBe(expected);
    });
});

describe('a list item renumbered', () => {
  it('is not reported; a renumbered item that also changed is', () => {
    const before = snapshot([INTRO, { section: '9. Your rights', text: `V. ${ITEM}` }]);
    const renumbered = snapshot([INTRO, { section: '9. Your rights', text: `5. ${ITEM}` }]);
    const edited = snapshot([INTRO, { section: '9. Your rights', text: `5. ${ITEM.replace('correct', 'delete')}` }]);
    expect(diffVersions(before, renumbered)).toEqual([]);
    expect(diffVersions(before, edited).map((c) => c.type)).toEqual(['modified']);
  });
});
