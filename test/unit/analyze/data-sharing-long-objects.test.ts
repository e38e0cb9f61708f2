// Disclosures whose object or subject runs long (OPP-115's development misses that GUIDE reads as data_sharing): the
// user's data listed before "available to" (past four words only when the object names the user's data), several share
// verbs before a data term of three words, the service with outside parties as joint subjects carrying a relative
// clause, outside parties that provide the ads (GUIDE D1, D15, T6). Near misses: the service's own things made
// available, a disclosure as the subject of a possible sale (D10; not when the sale is denied or the user may opt out),
// ads provided to the service, data coming in, the user's own sharing, links.
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
    ['We make our email templates and other marketing tools available to our partners.', '-'],
    ['We make products under our brand name available to retailers and distributors.', '-'],
    ['We make our phone and email support available to partners and resellers.', '-'],
    [
      'The licence includes the right to make Content submitted to or through the Services available to other companies for syndication.',
      '-',
    ],
    // The user's data named by what it is about, past four words.
    ['We may make certain information collected about you through the Services available to our partners.', 'grant'],
    // A disclosure named as the subject of a possible sale is presupposed (D10), unless the service says it does so.
    [
      'Making Personal Information (such as online identifiers or browsing activity) available to these companies may be considered a “sale” under the CCPA.',
      '-',
    ],
    ['Sharing your data with advertising partners may be considered a sale under the CCPA.', '-'],
    ['Making your data available to our partners constitutes a sale, and we do so.', 'grant'],
    ['We share your data with advertising partners, which may be considered a sale under the CCPA.', 'grant'],
    // The same reading whichever rule finds the disclosure, across an abbreviation, and with a "we" that is no act.
    ['Disclosing your personal information to advertisers may be considered a sale under the CCPA.', '-'],
    ['Sharing your data with third parties (e.g. ad networks) may be considered a sale under the CCPA.', '-'],
    [
      'Sharing your data with advertising partners may be considered a sale under the laws of the state where we operate.',
      '-',
    ],
    // An opt-out from the sale is a disclosure the user may stop (S3, D10); a sale denied leaves the disclosure (D1).
    [
      'Sharing your data with advertising partners constitutes a sale, and you may opt out at any time.',
      'conditional:opt_out',
    ],
    [
      'Making your data available to ad partners may be deemed a sale; you can opt out by clicking Do Not Sell My Info.',
      'conditional:opt_out',
    ],
    ['Sharing your data with our service providers is not considered a sale under the CCPA.', 'grant'],
    ['Sharing your data with our service providers does not constitute a sale under the CCPA.', 'grant'],
    // Several share verbs before the data, and a data term of three words ("personally identifiable information").
    [
      'We reserve the right to use, transfer, assign, share and provide access to all personally identifiable information and other information about you.',
      'grant',
    ],
    // Other users acting on the user's content, the data seven words after the share verb.
    [
      'Certain portions of the Service may allow other users to view, edit, share, and/or otherwise interact with your User Content.',
      '-',
    ],
    // Outside parties that provide the ads on the service (D1, T6); not ads the service provides to them.
    [
      'We use automatic information to study traffic patterns, and we and other third parties may provide targeted advertisements to you based on such data.',
      'grant',
    ],
    ['Third parties may provide you with advertisements on our site.', 'grant'],
    ['We use cookies so that our third-party partners can provide you with personalized advertisements.', 'grant'],
    ['We use cookies for our third-party partners to provide personalized advertisements.', 'grant'],
    // Ads provided to the service, or on its behalf, are no outside party reading the visitor.
    ['Advertisers provide us with ads, which we display without sharing any data with them.', '-'],
    ['Sponsors provide ads and promotions that we place in our newsletter.', '-'],
    ['Third parties pay us to provide ads to you on the Service.', '-'],
    ['Partners who provide ads on our site are not allowed to collect your data.', '-'],
    // The service and outside parties as joint subjects, the parties carrying a relative clause (D1, T6).
    [
      'We and third parties that provide content, advertising, or functionality on our Services, may use cookies, web beacons, and similar technologies.',
      'grant',
    ],
    [
      'We and the third parties that provide content, advertising, or functionality on our Services may use cookies.',
      'grant',
    ],
    // Near misses that stay what they were: data coming in, the user's own sharing, links, a company the user pays with.
    ['We receive information about you from third parties such as social networks.', '-'],
    ['You may share your reviews, photos and other posts with other members of the community.', '-'],
    ['Our site contains links to other websites whose privacy practices may differ from ours.', '-'],
    ['We use data from Example Inc. to provide you with relevant ads.', '-'],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});
