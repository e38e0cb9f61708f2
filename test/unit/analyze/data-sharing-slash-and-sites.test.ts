// Two readings of data_sharing written for these tests, not taken from the gold:
// - the CCPA pair joined by a slash ("sale/sharing", "sales/shares/targeted advertising") is one term to compromise,
//   so the opt-out of it reads as the opt-out of "the sale or sharing" (GUIDE D10: conditional opt_out);
// - third-party sites named as where an outside party tracks ("… on third-party sites") do not make the party's own
//   trackers "third-party in another sense" (GUIDE D1, T6); the sites, or the sites' own partners, as who tracks still do
//   (GUIDE T18).
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: the opt-out of the sale/sharing pair written with a slash', () => {
  it.each([
    'You may opt out of the sale/sharing of your personal information by clicking the link below.',
    'Where we receive a request to opt-out of profiling or sale/sharing of personal information, we will honour it.',
    'We respond to the Global Privacy Control signal to effectuate your opt-out of “sales/shares/targeted advertising”.',
    'You can opt out of Sale/Sharing/Targeted Advertising.',
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
  ])('not a grant: %s', (text) => {
    expect(sharing(text)).not.toBe('grant');
  });
});
