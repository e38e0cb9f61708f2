// An e-mail link obfuscated on one capture and decoded on the other is the same clause.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { INTRO, snapshot } from './helpers';

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
