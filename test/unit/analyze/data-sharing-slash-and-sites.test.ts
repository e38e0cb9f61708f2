// Two readings of data_sharing written for these tests, not taken from the gold:
// - the CCPA pair joined by a slash ("sale/sharing", "sales/shares/targeted advertising") is one term to compromise,
//   so the opt-out of it reads as the opt-out of "the sale or sharing" (GUIDE D10: conditional opt_out);
// - third-party sites named only as where an outside party tracks, after its tracker verb ("… on third-party sites"),
//   do not make the party's own trackers "third-party in another sense" (GUIDE D1, T6); a site named before the verb
//   or not as a place (the site, or the site's own partners, as who tracks) still does (GUIDE T18).
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: the opt-out of the sale/sharing pair written with a slash', () => {
  it.each([
    'You may opt out of the sale/sharing of your personal information by clicking the link below.',
    'Where we receive a request to opt-out of profiling or sale/sharing of personal information, we will honour it.',
    'We respond to the Global Privacy Control signal to effectuate your opt-out of “sales/shares/targeted advertising”.',
    'You can opt out of Sale/Sharing/Targeted Advertising.',
    // The other order, and a bare "share" half before the data.
    'You may opt out of the sharing/sale of your personal information.',
    'You may opt out of the sale/share of your personal information.',
  ])('conditional opt_out: %s', (text) => {
    expect(sharing(text)).toBe('conditional:opt_out');
  });

  it.each([
    // Other pairs with a slash, the law in general, a pointer, and what still happens after the opt-out.
    'You may opt out of the sale/purchase of gift cards.',
    'You may opt out of sale/resale offers.',
    'You may opt out of the sale/shipping of products.',
    'Certain state laws provide residents with the right to opt out of the sale/sharing of their personal information.',
    'If you wish to opt out of the sale/sharing of your data, please refer to section 9 below.',
    // A bare "share(d)" half with no data after it is stock or ownership, not the data.
    'Employees may opt out of the sale/share purchase plan.',
    'Members may opt out of the sale/shared ownership programme at any time.',
    'Members may opt out of the share/sale purchase plan.',
  ])('no opt-out: %s', (text) => {
    expect(sharing(text)).not.toBe('conditional:opt_out');
  });

  it('keeps the grant of what still happens after the opt-out', () => {
    expect(
      sharing(
        'Even if you opt out of the sale/sharing of your personal information, we may still share it with our service providers.',
      ),
    ).toBe('grant');
  });
});

describe('data_sharing: an outside party tracking on third-party sites', () => {
  it.each([
    'Acme and its partners may use cookies to track users’ movements around the Services and on third party sites, devices and applications.',
    'Some third party advertisers may set their own cookies on your computer when you view their ads on third-party sites.',
    'We, and our carefully selected business partners, may place cookies when we show ads on third-party websites.',
    // Every site named after the tracker verb as where the party tracks.
    'Acme and its partners may use cookies to show you ads on third-party websites and may use web beacons on third-party sites.',
    "Third party ad networks may set their own cookies when you view their advertisers' ads on third-party sites.",
    'Advertisers may set their own cookies to show you ads on other websites and third-party sites that their partners run.',
    'Our advertising partners may place their own cookies on your device to show you ads on third-party sites.',
    'Third-party advertisers may use their own cookies to serve ads to you on third-party sites.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Third-party websites may use cookies provided by their own partners that we do not control.',
    'Third-party sites and apps may use their own cookies to track you.',
    'Our site contains links to third-party websites, which may use their own cookies.',
    'Acme is not responsible for the content of third-party sites, and their partners may use cookies.',
    'Third-party sites you visit and their advertisers may set cookies on your device.',
    'Some browsers block third-party cookies, and third-party sites and their partners may use cookies anyway.',
    // Third-party sites beside no party of the service's, and a linked site's trackers.
    'In order to assure the site is available for human users, not robots or third-party sites, this site may make use of cookies.',
    'When you return to the Platform, a third-party site or other sites that use the same cookies, your device can be recognised.',
    'Our website may contain links to other third-party websites and applications that are operated by third parties that may also operate cookies.',
    // The site named before the tracker verb, or not as where the party tracks: the site or its own partners track.
    'A third-party site you visit and its partners may use cookies to track you.',
    'When you click a link to a third-party site, that site and its advertisers may set their own cookies.',
    'If you follow a link to a third-party website, that website and its service providers may use cookies.',
    'Third-party sites and their affiliates may use their own cookies.',
    'Third-party websites and the advertisers on them may set their own cookies.',
    'Third-party sites, and advertisers on those sites, may set their own cookies.',
    "Third-party sites' advertisers may use their own cookies.",
    // A link to a linked site, with an article: the site's trackers.
    'Our Services may contain links to a third-party website, and that website and its partners may place cookies.',
    'Advertisers may set their own cookies when you click links to a third-party website.',
  ])('not a grant: %s', (text) => {
    expect(sharing(text)).not.toBe('grant');
  });
});
