// Tracking controls the reader holds (GUIDE T4, T5): the "not" in the name of the Do Not Track signal names the
// reader's choice and denies nothing; steps or ways the reader is given to limit ads are an opt-out; consent the
// service obtains before it sets trackers is an opt-in. Near-misses keep their readings.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const trackingStance = (text: string): string =>
  analyzeText(text)
    .findings.filter((f) => f.category === 'tracking')
    .map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`)
    .join('; ') || 'none';

describe('the Do Not Track signal honoured is an opt-out', () => {
  it.each([
    'We honor Do Not Track signals.',
    'We honor "do not track" signals.',
    'We respect Do Not Track signals sent by your browser.',
    'The Company honors "do not track" signals and does not track, use cookies, or use advertising when a “do not track” mechanism is in place.',
    'Acme recognizes and processes user preferences as set in the browser-based “Do Not Track” signals via the Global Privacy Control (“GPC”) feature.',
    'We currently honor Do Not Track signals transmitted by browsers by treating this signal as an opt out of interest-based advertising.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    'We do not respond to Do Not Track signals.',
    'We do not honor Do Not Track requests at this time.',
    'Our Services do not respond to Do Not Track (DNT) signals.',
    'We do not track your activity, and we do not respond to Do Not Track signals.',
  ])('ignored, a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  it.each([
    // The act denied, not the signal named.
    ['We do not track you across third-party websites.', 'restrict'],
    // A fragment cut at a line break: its subject and any denial are in the unit before (G2).
    ['support Do Not Track requests.', 'grant'],
  ])('%s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
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
  ])('not an opt-out: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });
});

describe('consent the service obtains before it sets trackers is an opt-in', () => {
  it.each([
    'We will obtain your consent to our use of cookies where required by law.',
    'We obtain your prior consent to place advertising cookies on your device.',
    'We will get your consent to use analytics cookies.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    'We will obtain your consent to these Terms when you create an account, and we use cookies for analytics.',
    'We use advertising cookies and obtain your consent to send you newsletters.',
  ])('consent to something else: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });
});
