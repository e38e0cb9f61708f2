// The one plain-denial test the rules and stance share: "not", "never" and contractions deny; "no" and words that only
// hold "not" or "never" inside them do not. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { PLAIN_DENIAL } from '../../../src/core/analyze/denial';

describe('PLAIN_DENIAL', () => {
  it.each(['we do not sell your data', 'We NEVER share it', "we don't rent it", 'we won’t disclose it'])(
    'denies: %s',
    (text) => expect(PLAIN_DENIAL.test(text)).toBe(true),
  );

  it.each([
    'no later than thirty days',
    'we notify you of changes',
    'nevertheless we may share it',
    'a nothing-to-hide approach',
  ])('does not deny: %s', (text) => expect(PLAIN_DENIAL.test(text)).toBe(false));
});
