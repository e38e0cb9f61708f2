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
    // The ban elided after leave: "is not" says "is not allowed".
    [
      'data_sharing',
      'Commenting on other streamers is allowed, but disclosing their private contact details or other sensitive information is not.',
    ],
    ['data_sharing', 'Commenting is permitted but disclosing the personal information of other users is not.'],
    // A responsibility whose act has a time of its own ("once it is …").
    ['retention', 'You are responsible for deleting such personal data once it is no longer necessary for the event.'],
    [
      'retention',
      'Users are responsible for deleting such personal data once it is no longer necessary for the event.',
    ],
    // Advice to watch a website, as the reader's responsibility, names no document that changes (C3).
    ['terms_change', 'Users are responsible for checking our website frequently to see recent changes.'],
    // An adverb before the responsibility or the check is no word of the advice's lead-in.
    ['terms_change', 'You are solely responsible for periodically checking our website for changes.'],
    ['terms_change', 'Users are solely responsible for regularly checking our website for any changes.'],
    // The reader's progressive ("you are disclosing") is its act, no passive of the service's.
    [
      'data_sharing',
      'When you publish information to your page, this means you are disclosing the information publicly.',
    ],
    // Participants are the reader as users are (READER_ROLE_PHRASES); these two were read as the service's grant
    // without that entry.
    [
      'data_sharing',
      'Participants shall not at any time: (i) disclose, sell, license, transfer or otherwise make available to any person or entity any Confidential Information.',
    ],
    [
      'data_sharing',
      'If participants have given third party applications access to their personal information, they may retain it.',
    ],
    // A role in more letters than the one joinReaderRoles writes for it is padded with spaces: they are no words of
    // the advice's lead-in.
    ['terms_change', 'Participants should check our website frequently to see recent changes.'],
    ['terms_change', 'Account holders should check our website frequently to see recent changes.'],
  ])('%s: %s', (category, text) => {
    expect(grantsOf(category, text)).toBe('none');
  });
});

describe("the service's own act beside them stays its grant", () => {
  it.each([
    ['data_sharing', 'Commenting is permitted but we may disclose the personal information of users to advertisers.'],
    ['retention', 'We are responsible for deleting such personal data once it is no longer necessary.'],
    ['retention', 'You are responsible for your account, and we will delete your data once it is no longer necessary.'],
    ['terms_change', 'You are responsible for checking this page periodically for changes.'],
    ['terms_change', 'We are responsible for checking our website for changes.'],
    // The service's act on participants' or subscribers' data stays its grant: their possessive is whose data.
    ['data_sharing', "We may share subscribers' data with partners."],
    ['data_sharing', "We share participants' scores with sponsors."],
    ['data_sharing', 'Participant information may be disclosed to our sponsors.'],
    ['data_sharing', 'Subscriber data may be disclosed to our partners.'],
    ['data_sharing', 'We may disclose information about our subscribers to advertisers.'],
    ['ai_training', 'Subscriber Content may be used by us to train our models.'],
    ['ai_training', "We use subscribers' chats to train our models."],
    // Advice to watch the site after a change the service makes, or in more words than four: the change stays the
    // service's (the check-site veto reads at most four words before the check).
    ['terms_change', 'It is your responsibility to visit this site to see any changes to these Terms.'],
    [
      'terms_change',
      'We may change these terms at any time; it is your responsibility to visit this site to see any changes.',
    ],
    ['terms_change', 'Prices may change; visit our site for updates.'],
    ['terms_change', 'Prices may change often, so users should always visit our site for updates.'],
    ['terms_change', 'Acme adds features regularly, so users should always visit our site for updates.'],
    // The service's sharing or training under a participant's or account holder's say, read as the reader's: the
    // possessive stays on the role joinReaderRoles writes ("user's").
    ['ai_training', "We use participants' chats to train our models."],
    ['ai_training', 'We use participants’ chats to train our models.'],
    ['ai_training', "We use account holders' chats to train our models."],
    // Another user's install of a third party's tool beside the service's own sharing in the next clause.
    [
      'data_sharing',
      'Some users may install third party plugins on their sites, and we share your data with advertisers.',
    ],
    [
      'data_sharing',
      'Some users may install third party plugins on their sites; Acme shares your data with advertisers.',
    ],
    ['data_sharing', 'Certain users can embed third party widgets; those providers receive data we share with them.'],
    // A time of the reader's responsibility whose be-form is a passive of the service's act, not a state.
    ['data_sharing', 'You are responsible for your content until it is sold to our partners.'],
    ['ai_training', 'You are responsible for your content if they are used to train our models.'],
    [
      'data_sharing',
      'Users are responsible for their listings until they are transferred to our partners and retained for 5 years.',
    ],
    ['data_sharing', 'We are disclosing your information to our partners.'],
    ['data_sharing', 'Your information is being disclosed to partners.'],
    ['data_sharing', 'The app is sharing your data with advertisers.'],
  ])('%s: %s', (category, text) => {
    expect(grantsOf(category, text)).toBe('service');
  });
});

/** The actors of every finding of the category the service or another party takes (any stance), "none" when none. */
const actorsOf = (category: string, text: string): string => {
  const c: Clause = clauseOf(text, { id: `c${n++}` });
  const found = analyzeClauses([c], { firstParty: ['acme'], sensitivity: 'every' }).findings.filter(
    (f) => f.category === category && !f.role,
  );
  return [...new Set(found.map((f) => f.actor))].join(' ') || 'none';
};

describe("a be-form that goes on past the reader's state keeps the act another's", () => {
  it.each([
    [
      'retention',
      'Users are responsible for their listings until they are transferred to our partners and retained for 5 years.',
      'service',
    ],
    ['retention', 'You are responsible for your content once it is posted and retained for 30 days.', 'service'],
    [
      'retention',
      'You are responsible for deleting your data once it is no longer needed, otherwise retained for 2 years.',
      'service',
    ],
    // The reader's progressive names another party's act as that party's.
    ['data_sale', 'Third parties are selling your data.', 'third_party'],
  ])('%s: %s', (category, text, actor) => {
    expect(actorsOf(category, text)).toBe(actor);
  });
});

/** Every finding of the category as "stance actor" (any stance, the role's included), "none" when there is none. */
const findingsOf = (category: string, text: string): string => {
  const c: Clause = clauseOf(text, { id: `c${n++}` });
  const found = analyzeClauses([c], { firstParty: ['acme'], sensitivity: 'every' }).findings.filter(
    (f) => f.category === category,
  );
  return found.map((f) => `${f.stance} ${f.actor}`).join(', ') || 'none';
};

describe('the stance read with the reader named as a participant or account holder', () => {
  it.each([
    // The participant's own ban: no restriction the service promises about third parties, as with "Users may not …".
    [
      'data_sharing',
      'Participants may not submit requests through any third party or share information with any third party regarding their maximum price.',
      'none',
    ],
    [
      'data_sharing',
      'Users may not submit requests through any third party or share information with any third party regarding their maximum price.',
      'none',
    ],
    // The reader's consent by its role's possessive, as "the user's consent".
    ['data_sharing', "We share data with third parties only with the user's consent.", 'conditional service'],
    ['data_sharing', "We share data with third parties only with the participant's consent.", 'conditional service'],
    ['data_sharing', "We share data with third parties only with the account holder's consent.", 'conditional service'],
    ['data_sharing', 'We share data with third parties only with the participant’s consent.', 'conditional service'],
    // Another party's consent, or none, leaves the service's grant.
    ['data_sharing', "We share data with third parties only with the sponsor's consent.", 'grant service'],
    ['data_sharing', "We share participants' scores with sponsors.", 'grant service'],
    // On until the reader opts out, the reader named by a role (the subject read in code, stance.ts readerNotOpted);
    // another's opt-out leaves the grant.
    ['data_sharing', 'If the participant has not opted out, we share your data with partners.', 'conditional service'],
    [
      'data_sharing',
      "As long as subscribers haven't opted out, we share your data with partners.",
      'conditional service',
    ],
    ['data_sharing', 'If he has not opted out, we share your data with partners.', 'grant service'],
    ['data_sharing', 'If the advertisers have not opted out, we share your data with partners.', 'grant service'],
  ])('%s: %s', (category, text, expected) => {
    expect(findingsOf(category, text)).toBe(expected);
  });
});
// Each reading of the reader's role in code has a sentence here that changes without it: a slot that is no role
// ("the request", "the users" after "the"), a role's singular with "has", the reader binding its own vendors, the
// reader granting rights by a verb other than "grant". Examples written for this test.
describe("the reader's role read in code: a word that is no role, or a role in the wrong number, is another's", () => {
  it.each([
    // "the request" is no role: the service's act on an approval is its grant.
    ['data_sharing', 'If the request is approved, we share your data with that service.', 'grant service'],
    // After "the", a role in the singular only.
    ['data_sharing', 'If the users connect their account, we share your data with that service.', 'grant service'],
    [
      'data_sharing',
      'If the user connects their account, we share your data with that service.',
      'conditional service',
    ],
    // "has not" with a role's singular: not a role ("advertiser") is no opt-out of the reader's.
    ['data_sharing', 'If the advertiser has not opted out, we share your data with partners.', 'grant service'],
    ['data_sharing', 'If the Customer has not opted out, we share your data with partners.', 'conditional service'],
    // The reader binds its own vendors: its duty, no limit of the service's; the service binding its own is.
    ['data_sharing', 'Customer shall require its vendors to observe the data protection terms.', 'none'],
    ['data_sharing', 'Customer shall restrict its vendors from using the personal data for marketing.', 'none'],
    ['data_sharing', 'We require our vendors to observe the data protection terms.', 'restrict service'],
    // The reader hands over rights by "authorize"/"permit": about its content though no content word is named.
    [
      'content_licence',
      'Users authorize Acme to exercise the rights to reproduce and display what they upload.',
      'grant service',
    ],
    ['content_licence', 'Users permit Acme a licence to reproduce and display what they upload.', 'grant service'],
  ])('%s: %s', (category, text, expected) => {
    expect(findingsOf(category, text)).toBe(expected);
  });
});
