// An e-mail link obfuscated on one capture and decoded on the other is the same clause.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { onlyEmailObfuscated } from '../../../src/core/diff/email-obfuscated';
import { INTRO, snapshot } from './helpers';

describe('onlyEmailObfuscated: an address against the placeholder of its obfuscated link', () => {
  const table: Array<[string, string, boolean]> = [
    ['Contact us at privacy@acme.com.', 'Contact us at [email protected].', true],
    ['Contact us at ([email protected]) or by post.', 'Contact us at (dpo@acme.co.uk) or by post.', true],
    // Two addresses, a handle, a second address changed, the same placeholder on both sides, another word changed.
    ['Contact us at privacy@acme.com.', 'Contact us at legal@acme.com.', false],
    ['Follow @acme or write to privacy@acme.com.', 'Follow @other or write to [email protected].', false],
    ['Contact privacy@acme.com or dpo@acme.com.', 'Contact [email protected] or legal@other.example.', false],
    ['Contact us at [email protected].', 'Contact us at [email protected].', false],
    ['Contact us at privacy@acme.com.', 'Write to us at [email protected].', false],
    // The link printed as its text "contact us" on the other capture; another word changed too still differs.
    ['To stop sharing, please [email protected].', 'To stop sharing, please CONTACT US.', true],
    ['To stop sharing, please [email protected].', 'To start sharing, please contact us.', false],
    ['To stop sharing, please [email protected].', 'To stop sharing, please contact us or call.', false],
    ['Please [email protected] or [email protected].', 'Please contact us or contact us.', false],
  ];
  for (const [a, b, same] of table)
    it(`${a} / ${b}`, () => {
      expect(onlyEmailObfuscated(a, b)).toBe(same);
      expect(onlyEmailObfuscated(b, a)).toBe(same);
    });
});

const ASK = 'For questions about our Privacy Policy, you can contact us at privacy@acme.example.';

describe('diffVersions with an obfuscated e-mail address', () => {
  it('reports no change when one capture shows the placeholder of the address', () => {
    const before = snapshot([INTRO, { section: '9. Contact', text: ASK }]);
    const after = snapshot([
      INTRO,
      { section: '9. Contact', text: ASK.replace('privacy@acme.example', '[email protected]') },
    ]);
    expect(diffVersions(before, after)).toEqual([]);
  });

  it('still reports a new address', () => {
    const before = snapshot([INTRO, { section: '9. Contact', text: ASK }]);
    const after = snapshot([INTRO, { section: '9. Contact', text: ASK.replace('privacy@', 'legal@') }]);
    expect(diffVersions(before, after)).toHaveLength(1);
  });
});
