// Trackers an outside party sets on the service, said in the passive with verbs beside "set by" ("issued by",
// "deposited by", "installed by", "set through"), and the service with a party named by "any/these/such" that uses the
// same trackers or data (GUIDE T6, D1). Sentences written for these tests, not taken from the gold; the near misses are
// definitions, linked sites, what trackers can do anywhere, the browser's or the reader's own, and gift cards.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: trackers set by an outside party, and the service with such parties', () => {
  it.each([
    'Marketing cookies are issued by our advertising partners when you read our articles.',
    'Some cookies on this site are deposited by our partners to measure audiences.',
    'Tracking pixels may be installed by our marketing partners on our order confirmation page.',
    'Performance cookies are set through our analytics providers.',
    'These tags are issued by third parties that deliver the ads on our pages.',
    'Beacons installed by advertisers in our app tell them which ads you saw.',
    'Cookies deposited by our service providers help us count visits.',
    'We and any third parties we work with may use these technologies when you visit our pages.',
    'We and these advertising partners use this information to choose the ads you see.',
    'We and such vendors may collect information about the pages you view.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Third-party cookies are cookies issued by a domain other than the one you are visiting.',
    'Cookies installed by your browser extensions are not controlled by us.',
    'Gift cards issued by our partners can be redeemed in our stores.',
    'Cookies used by the website you are visiting are first-party cookies, and cookies used by other parties are third-party cookies.',
    'Cookies may be used by third parties when you visit their sites.',
    'Session cookies are set by our servers to keep you signed in.',
    'You can delete cookies installed by third parties in your browser settings.',
    'Industry groups offer tools to limit how cookies are used for advertising purposes by participating third parties.',
    'You and other members use this information to arrange meetings.',
    'Certificates issued by third parties secure our connection to your browser.',
  ])('not a grant: %s', (text) => {
    expect(sharing(text)).not.toBe('grant');
  });
});
