import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/core/analyze/rule';

describe('sentencesOf', () => {
  it('splits a lower-cased clause at sentence ends', () => {
    expect(sentencesOf('we may revise the fees. we may terminate your account if you breach these terms.')).toEqual([
      'we may revise the fees.',
      'we may terminate your account if you breach these terms.',
    ]);
  });
  it.each([
    'if customer fails to pay, acme inc. may suspend the services.',
    'if you breach these terms (e.g. by removing copyright notices), we may suspend the services.',
    'you have all rights, i.e. licences and consents, to grant us the rights.',
    'see acme ltd. for details, and no. 5 of the schedule.',
    'contact j. smith about your account.',
  ])('does not split after an abbreviation or an initial: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});
