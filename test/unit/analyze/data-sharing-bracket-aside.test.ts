// A bracketed aside between the act and its recipient (engine.ts reads the clause once more with its asides blanked,
// brackets.ts blankAsides): the aside hides no sharing, and what it says still sets the stance (stance.ts
// CONSENT_ON_ONE_ITEM: a consent aside that adds one item conditions that item only). Sentences written for these tests,
// not taken from the gold. Each guard of the second reading has a sentence here that changes without it.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { blankAsides } from '../../../src/core/analyze/brackets';
import { sharingStance } from './sharing-stance';

const opts = { model: 'off', firstParty: ['acme'] } as const;
const sharing = (text: string): string => sharingStance(text, opts);

describe('blankAsides', () => {
  it('blanks each aside, brackets included, keeping every offset', () => {
    const text = 'We share your name (and your city) with partners (see below).';
    const out = blankAsides(text);
    expect(out?.text).toHaveLength(text.length);
    expect(out?.text.replace(/\s+/g, ' ')).toBe('We share your name with partners .');
    expect(out?.spans).toEqual([
      { open: 19, close: 33 },
      { open: 49, close: 59 },
    ]);
  });
  it('is null without an aside', () => {
    expect(blankAsides('We share your name with partners.')).toBeNull();
    expect(blankAsides('We share your name with partners :-(')).toBeNull();
  });
  it('leaves a bracket with no space in it: a plural or a list letter is part of its word', () => {
    expect(blankAsides('If you link your account(s), we may (a) receive your name.')).toBeNull();
    expect(blankAsides('Your account(s) (and your city) stay here.')?.spans).toEqual([{ open: 16, close: 30 }]);
  });
});

describe('data_sharing: an aside in brackets does not hide the act', () => {
  it.each([
    ['We share your name (and, with your consent, your contacts) with our partners.', 'grant'],
    ['We may share your location (only with your consent, and only your city) with partners.', 'conditional:opt_in'],
    ['We may share your profile (with your permission) with partners.', 'conditional:opt_in'],
    [
      'We may disclose your purchase history (and, where you ask us to, your wish list) to our delivery partners.',
      'grant',
    ],
    // Another act of the clause already read: the hidden one is still found (G4: the grant stands).
    [
      'We share your name (and, with your consent, your contacts) with our partners; we do not disclose your data to advertisers.',
      'grant',
    ],
    [
      'We share your name (and, with your consent, your contacts) with our partners, but we never sell your data to anyone.',
      'grant',
    ],
    // Consent both ways is no condition: the denial stands.
    ['We will not share your name (or, with or without your consent, your contacts) with advertisers.', 'restrict'],
  ])('%s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });

  it.each([
    // The aside's consent makes no act of the service's: the user's own act, as without the aside.
    'We do not require you to share your name (or, with your consent, your contacts) with our partners.',
    'We do not require you to share your name (or your contacts) with our partners.',
    // Asides that hold "with", around no sharing.
    'We collect your name (along with your email) with your consent.',
    'We store your files (together with your settings) with care.',
    'We may receive your name (and, with your consent, your contacts) from our partners.',
    'You may share your posts (and, with their consent, your friends\u2019 photos) with other users.',
    // An aside that closes where the match ends, before no word of the act.
    'Information that you have disclosed (either to us or to other companies):',
    // Brackets that are no aside.
    'If you link your account(s), we may receive information (such as your name) from partners.',
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
    // The lexicon's identifiers (TrackTech).
    'We may provide advertising companies with your advertising ID.',
    'We may provide advertising companies with your device ID.',
    'We may provide advertising companies with online identifiers.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Our partners provide us with your device identifier.',
    'We provide you with an identifier for your account.',
    'We provide our partners with tracking pixels for their own sites.',
    'Sub-processors are selected by our security team.',
    // The service's liability for its sub-processors is procedure (GUIDE D8).
    'We are liable for data processed by our sub-processors.',
    'We remain responsible for data hosted by our sub-processors.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });
});

describe("the second reading is data_sharing's only", () => {
  it('leaves a definition in another category as it is', () => {
    const text = 'A pixel (a tiny image, with code in it) lets a sender know that you opened an email.';
    expect(analyzeText(text, opts).findings.filter((f) => !f.role)).toEqual([]);
  });
});
