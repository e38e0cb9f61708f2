// Disclosures whose object or subject runs long (OPP-115's development misses that GUIDE reads as data_sharing): the
// user's data listed before "available to" (past four words only when the object names the user's data), a list of
// data shared "with" a recipient past a "to" or past 20 words, and the service with outside parties as joint subjects
// carrying a relative clause (GUIDE D1, D15, T6). Near misses: the service's own things made available, an infinitive
// "to" far from the share word, data coming in, the user's own sharing, links, a company used for a payment.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: long objects and joint subjects', () => {
  it.each([
    // "make <the user's data> available to <recipient>", the object past four words.
    [
      'We will make your Personal Information and Other Information available to certain third parties in the following limited circumstances:',
      'grant',
    ],
    ['We will make your name, email address and phone number available to our partners.', 'grant'],
    ['We will not make your name, email address or phone number available to advertisers.', 'restrict'],
    // User content passed outside is a disclosure (D15); the legal treatment of a disclosure does not undo it.
    ['We may make your account details, messages and other content available to our partners.', 'grant'],
    ['Making your name available to our partners is considered necessary to provide the service.', 'grant'],
    // The service's own things, not the user's data.
    ['We make information about our products and services available to our partners.', '-'],
    ['We make our products, apps and services available to partners and resellers worldwide.', '-'],
    ['We will make the service and its features available to third parties.', '-'],
    // A list of data shared "with" a recipient, past a "to" and past 20 words.
    [
      'To understand who clicks our mobile ads, we share your device’s unique advertising identifier, its IP address, and a list of pages used to generate a particular page for you with our ad partners.',
      'grant',
    ],
    [
      'We share your device’s unique advertising identifier, its IP address, and a list of the pages used to build a particular page for you (which may include your subscriptions) with our ad partners, who decide which ads to display.',
      'grant',
    ],
    // An infinitive "to" far from the share word names no recipient.
    [
      'The website provides information regarding this practice by Network Advertising Initiative members, and your choices regarding having this information used by these companies, including how to opt out of third-party ad networks.',
      '-',
    ],
    // The service and outside parties as joint subjects, the parties carrying a relative clause (D1, T6).
    [
      'We and third parties that provide content, advertising, or functionality on our Services, may use cookies, web beacons, and similar technologies.',
      'grant',
    ],
    ['We and third parties that we work with on our Services may use cookies.', 'grant'],
    ['You and third parties that you choose to work with may use cookies on your site.', '-'],
    // Near misses that stay what they were: data coming in, the user's own sharing, links, a company the user pays with.
    ['We receive information about you from third parties such as social networks.', '-'],
    ['You may share your reviews, photos and other posts with other members of the community.', '-'],
    ['Our site contains links to other websites whose privacy practices may differ from ours.', '-'],
    ['We use data from Example Inc. to provide you with relevant ads.', '-'],
    ['You may use Examplepay Ltd. to pay for your order.', '-'],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});
