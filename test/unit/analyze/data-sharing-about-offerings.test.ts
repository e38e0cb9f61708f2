// Information about the service's own offerings is not the user's data (rules/data-sharing.ts ABOUT_OUR_OFFERINGS_AFTER
// on share-user-data): "we have obtained your consent to disclose information about our products or services" tells the
// user about the service (GUIDE data_sharing: the user's personal data disclosed). Sentences written for these tests;
// the near misses name the user's use, purchases or anything of "your" beside the offerings, or other people.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: information about the service’s own offerings', () => {
  it.each([
    'Where required by law, we have obtained your consent to disclose information about our products or services.',
    'We may disclose information about our products or services.',
    'We may share information about our new features with you.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
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
