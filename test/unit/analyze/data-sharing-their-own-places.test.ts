// Outside parties that collect on their own places, not the service's (rules/data-sharing.ts third-party-receives,
// THEIR_OWN_PLACES_AFTER): "Our partners receive your information when you visit or use their services" says what
// they do without the service, which discloses nothing (GUIDE: data_sharing is a disclosure by the service; data
// received from outside is no sharing). Sentences written for these tests; the near misses collect on the service's
// places, or say in their own clause that the service shares.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: recipients collecting on their own places', () => {
  it.each([
    'Our Partners receive your information when you visit or use their services.',
    'Third parties may collect information about you when you visit their websites.',
    'Advertisers may receive your information when you use their own apps.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
    'Third-party advertisers may collect information about you when you use our services.',
    'Our partners may collect information about you when you interact with their ads on our site.',
    'Third parties may collect information about you when you use their apps through our platform.',
    'When you use their services, partners may collect your information.',
    'Advertisers may receive your information when you use their services, and we may also share your data with them.',
    'Third parties may collect information about you when you visit their websites, and we share your email address with them.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });
});
