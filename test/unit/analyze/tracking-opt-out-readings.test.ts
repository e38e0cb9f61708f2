// Tracking controls the reader holds (GUIDE T4, T5): the "not" in the name of the Do Not Track signal names the
// reader's choice and denies nothing; steps or ways the reader is given to limit ads are an opt-out; consent the
// service obtains before it sets trackers is an opt-in. Near-misses keep their readings.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { stancesIn, trackingStance } from './tracking-stance';

describe('the Do Not Track signal honoured is an opt-out', () => {
  it.each([
    'We honor Do Not Track signals.',
    'We honor "do not track" signals.',
    'We respect Do Not Track signals sent by your browser.',
    'The Company honors "do not track" signals and does not track, use cookies, or use advertising when a “do not track” mechanism is in place.',
    'Acme recognizes and processes user preferences as set in the browser-based “Do Not Track” signals via the Global Privacy Control (“GPC”) feature.',
    'We currently honor Do Not Track signals transmitted by browsers by treating this signal as an opt out of interest-based advertising.',
    'We honor Do Not Track ("DNT") signals.',
    'We honor Do Not Track.',
    'We honor Do-Not-Track signals.',
    // Lower case and unquoted, a name after a preposition or a verb of honouring.
    'We respond to do not track signals.',
    'We honor do not track requests.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    'We do not respond to Do Not Track signals.',
    'We do not honor Do Not Track requests at this time.',
    'Our Services do not respond to Do Not Track (DNT) signals.',
    'We do not track your activity, and we do not respond to Do Not Track signals.',
    'We will not honor Do Not Track.',
  ])('ignored, a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  it.each([
    // The act denied, not the signal named: lower case, unquoted, after the subject or an auxiliary.
    ['tracking', 'We do not track you across third-party websites.', 'restrict'],
    ['tracking', 'We do not track preferences across websites.', 'restrict'],
    ['tracking', 'We do not track.', 'restrict'],
    ['tracking', 'We do not track preferences or use them to train our AI models.', 'restrict'],
    ['data_sharing', 'We do not track requests or share them with third parties.', 'restrict'],
    ['data_sale', 'We do not track technology usage or sell it to data brokers.', 'restrict'],
  ])('%s: %s', (category, text, stance) => {
    expect(stancesIn(category, text)).toBe(stance);
  });

  // A fragment cut at a line break: its subject and any denial are in the unit before (G2); and a verb whose object is
  // in another clause, the signal only explained there (G8).
  it.each([
    'support Do Not Track requests.',
    'We may change our cookie practices at any time; some browsers offer a Do Not Track feature.',
  ])('no Do Not Track rule: %s', (text) => {
    const rules = analyzeText(text).findings.map((f) => f.rule);
    expect(rules).not.toContain('tracking.do-not-track');
    expect(trackingStance(text)).not.toBe('conditional opt_out');
  });
});

describe('steps and ways the reader has to limit ads are an opt-out', () => {
  it.each([
    'You may take steps to limit the use of your information for targeted advertising on your browser or mobile device.',
    'There are steps you can take to limit the collection of your information for targeted advertising purposes.',
    'We also make available several ways for you to manage your preferences regarding cookies, targeted advertising, and other similar tracking mechanisms within our Services.',
    'There are ways for you to control targeted advertising.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    'We limit the use of your data for targeted advertising.',
    'You can take steps to protect your account; we use your browsing history for targeted advertising.',
    'We built better ways for you to find content, using your browsing history for targeted advertising.',
    'You can restrict who sees your posts; we use your activity for interest-based advertising.',
    // Steps or tools with the verbs of an opt-out, for something other than the trackers.
    'We use cookies for targeted advertising; you can take steps to manage your password.',
    'We use cookies for targeted advertising; you can take steps to restrict access to your account.',
    'We use tracking pixels in emails; you may take steps to prevent phishing.',
  ])('not an opt-out: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  it.each([
    [
      'ai_training',
      'We use your conversations to train our AI models; there are tools for you to control your notifications.',
    ],
    ['data_sharing', 'We share your data with advertisers, and you may take steps to limit who sees your posts.'],
  ])('not an opt-out in another category: %s: %s', (category, text) => {
    expect(stancesIn(category, text)).toBe('grant');
  });
});

describe('consent the service obtains before it sets trackers is an opt-in', () => {
  it.each([
    'We obtain your prior consent to place advertising cookies on your device.',
    'We will get your consent to use analytics cookies.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    'We will obtain your consent to these Terms when you create an account, and we use cookies for analytics.',
    'We use advertising cookies and obtain your consent to send you newsletters.',
    'We use cookies for targeted advertising, and we obtain your consent to use your location.',
    // Consent only where the law asks for it (C5), or taken from browsing on (G7).
    'We will obtain your consent to our use of cookies where required by law.',
    'When you continue browsing, we obtain your consent to our use of advertising cookies.',
  ])('consent to something else: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  it.each([
    'We do not obtain your consent to use tracking pixels.',
    "We don't need to get your consent to use analytics cookies.",
  ])('consent denied, no opt-in: %s', (text) => {
    expect(trackingStance(text)).not.toBe('conditional opt_in');
  });

  it.each([
    ['data_sharing', 'We share your data with advertisers, and we will obtain your consent to use your photos in ads.'],
    ['ai_training', 'We use your conversations to train our AI models, and we obtain your consent to use your photos.'],
    ['data_sale', 'We sell your data to data brokers, and we obtain your consent to use your location.'],
  ])('consent to another use in another category: %s: %s', (category, text) => {
    expect(stancesIn(category, text)).toBe('grant');
  });
});
