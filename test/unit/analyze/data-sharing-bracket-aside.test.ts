// A bracketed aside between the act and its recipient (engine.ts reads the clause once more with its asides blanked,
// brackets.ts blankAsides): the aside hides no sharing, and what it says still sets the stance (stance.ts
// CONSENT_ON_ONE_ITEM: a consent aside that adds one item conditions that item only). Sentences written for these tests,
// not taken from the gold; the near misses are asides around no sharing at all.
import { describe, expect, it } from 'vitest';
import { blankAsides } from '../../../src/core/analyze/brackets';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('blankAsides', () => {
  it('blanks each aside, brackets included, keeping every offset', () => {
    const text = 'We share your name (and your city) with partners (see below).';
    const out = blankAsides(text);
    expect(out).toHaveLength(text.length);
    expect(out?.replace(/\s+/g, ' ')).toBe('We share your name with partners .');
  });
  it('is null without an aside', () => {
    expect(blankAsides('We share your name with partners.')).toBeNull();
    expect(blankAsides('We share your name with partners :-(')).toBeNull();
  });
});

describe('data_sharing: an aside in brackets does not hide the act', () => {
  it.each([
    ['We share your name (and, with your consent, your contacts) with our partners.', 'grant'],
    ['We may share your location (only with your consent, and only your city) with partners.', 'conditional:opt_in'],
    ['We may share your profile (with your permission) with partners.', 'conditional:opt_in'],
    ['We share your data (only if you agree) with our partners.', 'conditional:opt_in'],
    ['We do not share your data (including your contacts and, for example, your city) with advertisers.', 'restrict'],
    [
      'We may disclose your purchase history (and, where you ask us to, your wish list) to our delivery partners.',
      'grant',
    ],
  ])('%s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });

  it.each([
    'We collect your name (which we never share) with your consent.',
    'We use your data (shared with us by partners) to improve the service.',
    'We receive information (such as your email) from our partners.',
    'You can share your posts (for example, photos) with your friends.',
    'We store your data (on servers in the EU) with care.',
    'We collect data (for example when you share content) with our tools.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });
});

describe('data_sharing: sub-processors and identifiers as the recipient shapes name them', () => {
  it.each([
    'Your data may be processed by our sub-processors.',
    'Your data is hosted by subprocessors in the EU.',
    'Your data is stored with our sub-processors.',
    'We may provide advertising companies with your device identifier.',
    'We supply our measurement partners with advertising identifiers.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Our partners provide us with your device identifier.',
    'We provide you with an identifier for your account.',
    'We provide our partners with tracking pixels for their own sites.',
    'Sub-processors are selected by our security team.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });
});
