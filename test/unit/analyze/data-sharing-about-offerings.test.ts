// Information about the service's own offerings is not the user's data (rules/data-sharing.ts aboutServiceOfferings on
// share-user-data and share-with-third-parties): "we may disclose information about our products or services" tells
// about the service (GUIDE data_sharing: the user's personal data disclosed). Sentences written for these tests or by
// the review of this reading; the near misses go on past the offering to people ("our event attendees"), name the user
// ("purchased by you", "how you use them") or the user's data ("your account").
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: information about the service’s own offerings', () => {
  it.each([
    'If the law asks for it, we first get your consent before we disclose information about our products and services.',
    'We may disclose information about our products or services.',
    'We will disclose information about our products or services only with your consent.',
    'We may disclose information about our latest offers and promotions in your area.',
    'We may disclose information about the products and services we offer.',
    'We may share information about our products with our partners.',
    'We may share information about our new features with you.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
    'We may disclose information about our event attendees.',
    'We may disclose information about our promotion winners.',
    'We may disclose information about our product reviewers to the brands we work with.',
    'We may disclose information about our service subscribers.',
    'We may disclose information about our products purchased by you.',
    'We may disclose information about our services, including how you use them.',
    'We may disclose information about our services that is associated with you.',
    'We may disclose information about our products you bought and your reviews.',
    'We may disclose information about our services and your account.',
    "We may disclose information about our services' users.",
    'We may disclose information about our customers.',
    'We may disclose information about your use of our products.',
    'We may disclose information about our service usage.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });
});
