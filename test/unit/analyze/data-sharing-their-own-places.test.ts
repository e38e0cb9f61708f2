// Outside parties that collect on their own places, not the service's (rules/data-sharing.ts third-party-receives,
// theirOwnPlaces): "Our partners receive your information when you visit or use their services" says what they do
// without the service, which discloses nothing (GUIDE: data_sharing is a disclosure by the service; data received from
// outside is no sharing). Sentences written for these tests; the near misses name the service's place, its name or the
// user's account with it anywhere in the clause, or data the user gives the service.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: recipients collecting on their own places', () => {
  it.each([
    'Our Partners receive your information when you visit or use their services.',
    'Third parties may collect information about you when you visit their websites.',
    'Advertisers may receive your information when you use their own apps.',
    'Our partners receive your information when you use their service.',
    'Our partners may receive your information when you access their services.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  // The service's place further on in the clause (SERVICE_PLACE, the first party's name).
  it.each([
    'Our partners receive your information when you use their services through the Service.',
    'Our partners receive your information when you use their services through the Acme app.',
    'Our partners receive your information when you use their services on Acme.',
    'Our partners receive your information when you visit their sites or our site.',
    'Our partners receive your information when you use their services or ours.',
    'Our partners receive your information when you use their services integrated into our app.',
    'Our partners receive your information when you use their services offered through our platform.',
    'Third parties may collect information about you when you use their apps through our platform.',
  ])('grant, the service is the place: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  // Data the user gives the service, or the user's account with it (SERVICE_HELD_DATA, WITH_YOUR_ACCOUNT).
  it.each([
    'Our affiliates receive your account information when you use their services.',
    'Our payment processor receives your card details when you use their services to complete a purchase.',
    'Our partners receive your information when you access their services using your Acme login.',
    'Our partners receive your information when you access their services with your account.',
  ])('grant, the service holds the data: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Third-party advertisers may collect information about you when you use our services.',
    'Our partners may collect information about you when you interact with their ads on our site.',
    'Advertisers may receive your information when you use their services, and we may also share your data with them.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });
});
