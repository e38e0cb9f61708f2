// The reader's own act or duty takes no right for the service, whichever role names the reader, whether its ban is
// spelled out or elided after leave ("… is allowed, but disclosing … is not"), and whether its responsibility has a
// time of its own ("… once it is no longer necessary"). The near-misses beside them are the service's grants and stay
// so. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
/** Every grant of the category the service takes (any severity), "none" when there is none. */
const grantsOf = (category: string, text: string): string => {
  const c: Clause = clauseOf(text, { id: `c${n++}` });
  const found = analyzeClauses([c], { firstParty: ['acme'], sensitivity: 'every' }).findings.filter(
    (f) => f.category === category && f.stance === 'grant' && !f.role,
  );
  return found.map((f) => f.actor).join(' ') || 'none';
};

describe("the reader's act or duty is no service grant", () => {
  it.each([
    // The reader as users and participants (lexicon UserSubject).
    ['data_sharing', 'Users assume all risks with providing information, including personal data, to third parties.'],
    [
      'data_sharing',
      'Participants may not submit requests through any third party or share information with any third party.',
    ],
    // The ban elided after leave: "is not" says "is not allowed".
    ['data_sharing', 'Commenting on other streamers is allowed, but sharing their private contact details is not.'],
    [
      'data_sharing',
      'Commenting on other streamers is allowed, but disclosing their private contact details or other sensitive information is not.',
    ],
    ['data_sharing', 'Commenting is permitted but disclosing the personal information of other users is not.'],
    // A responsibility whose act has a time of its own ("once it is …").
    ['retention', 'You must delete such personal data once it is no longer necessary for the event.'],
    ['retention', 'You are responsible for deleting such personal data once it is no longer necessary for the event.'],
    [
      'retention',
      'Users are responsible for deleting such personal data once it is no longer necessary for the event.',
    ],
    // Advice to watch a website, as the reader's responsibility, names no document that changes (C3).
    ['terms_change', 'Users are responsible for checking our website frequently to see recent changes.'],
    // The reader's progressive ("you are disclosing") is its act, no passive of the service's.
    [
      'data_sharing',
      'When you publish information to your page, this means you are disclosing the information publicly.',
    ],
  ])('%s: %s', (category, text) => {
    expect(grantsOf(category, text)).toBe('none');
  });
});

describe("the service's own act beside them stays its grant", () => {
  it.each([
    ['data_sharing', "We may share subscribers' data with partners."],
    ['data_sharing', "We may disclose participants' personal information to our sponsors."],
    ['data_sharing', 'We may share subscriber information with our advertising partners.'],
    ['ai_training', 'Subscriber Content may be used by us to train our models.'],
    ['data_sharing', 'Commenting is permitted but we may disclose the personal information of users to advertisers.'],
    ['retention', 'We are responsible for deleting such personal data once it is no longer necessary.'],
    ['retention', 'You are responsible for your account, and we will delete your data once it is no longer necessary.'],
    ['terms_change', 'You are responsible for checking this page periodically for changes.'],
    ['data_sharing', 'We are disclosing your information to our partners.'],
    ['data_sharing', 'Your information is being disclosed to partners.'],
    ['data_sharing', 'The app is sharing your data with advertisers.'],
  ])('%s: %s', (category, text) => {
    expect(grantsOf(category, text)).toBe('service');
  });
});
