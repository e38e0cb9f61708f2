// A clause that only points the reader to another page is a wording edit when it carries no finding.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { isPointerOnly } from '../../../src/core/diff/pointer';
import { INTRO, snapshot, type C } from './helpers';

describe('isPointerOnly', () => {
  const table: Array<[string, boolean]> = [
    ['See our Help Center article on Verifying your identity.', true],
    [
      'If you reside outside of the United States, such as in the European Economic Area (“EEA”), visit our “Outside of the United States” page for important supplemental information that may apply to you.',
      true,
    ],
    ['• Mainland China Users: Please click hereto review the relevant privacy policy.', true],
    ['Service subject to third-party terms and conditions (see directv.com/legal/).', false],
    ['(See Section 164.514(b)(1) of Title 45 of the Code of Federal Regulations.)', false],
    ['We share your data with advertisers. See our Cookie Policy.', false],
    ['You must visit the store to return the device.', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isPointerOnly(text)).toBe(expected));
});

describe('a pointer in a diff', () => {
  it('added with no finding, it is a wording edit', () => {
    const pointer: C = { section: '1.1 Identity', text: 'See our Help Center article on Verifying your identity.' };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO]), snapshot([INTRO, pointer]));
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });

  it('added with a finding, it is reported', () => {
    const pointer: C = {
      section: '4. Sharing',
      text: 'See our Partners page for the advertisers we sell your data to.',
      f: [['data_sale', 'grant', 'high']],
    };
    expect(diffWithWordingEdits(snapshot([INTRO]), snapshot([INTRO, pointer])).changes).toHaveLength(1);
  });
});

describe("a pointer to another company's page", () => {
  const byName = 'Visit Scout’s Terms and Conditions, including Scout’s Terms of Use and Scout’s Privacy Policy.';
  const byAddress = 'Visit https://www.example.com/legal/eula for Scout’s terms and conditions.';

  it('is a pointer only when asked for', () => {
    expect(isPointerOnly(byName)).toBe(false);
    expect(isPointerOnly(byName, true)).toBe(true);
    expect(isPointerOnly(byAddress, true)).toBe(true);
    expect(isPointerOnly('Visit Scout’s store to return the device.', true)).toBe(false);
    expect(isPointerOnly('You must visit Scout’s website and accept its terms. They apply to you.', true)).toBe(false);
  });

  it('reworded with no finding, it is a wording edit; added, it is reported', () => {
    const before = snapshot([INTRO, { section: '9. Monitoring', text: byName }]);
    const after = snapshot([INTRO, { section: '9. Monitoring', text: byAddress }]);
    const { changes, wordingEdits } = diffWithWordingEdits(before, after);
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
    expect(diffWithWordingEdits(snapshot([INTRO]), after).changes).toHaveLength(1);
  });
});
