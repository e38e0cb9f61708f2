// A lead label that offers the opt-out of the tracking its body states (GUIDE S3, T4: the unit "with its own label"
// offers the opt-out): "Right to Opt Out of Sale/Targeted Advertising: … we provide your personal information to third
// parties for targeted advertising" = conditional opt_out, as "you have the right to opt out of targeted advertising:
// we provide …" is. Rewrites of development units the reading was not written from, and near-misses whose label offers
// nothing or something else.
import { describe, expect, it } from 'vitest';
import { trackingStance, unitTrackingStances } from './tracking-stance';
import { trackingOptOutLabel } from '../../../src/core/analyze/tracking-choice';

const unitStances = (text: string): string =>
  unitTrackingStances(text, { section: 'Your Rights', sectionPath: ['Privacy Policy', 'Your Rights'] });

describe('a lead label offering the opt-out of tracking', () => {
  it.each([
    'Right to Opt Out of Sale/Targeted Advertising: As part of our services, we provide your personal information to third parties for “targeted advertising” purposes.',
    'Opting Out of Targeted Ads: Acme shares device identifiers with advertising partners to show you ads based on your interests.',
    'How to Opt Out of Targeted Advertising: We share identifiers with advertising partners for targeted advertising.',
  ])('is an opt-out: %s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    'Opt out of “Sale” and “Sharing”. While we do not sell your data for money, we may use advertising services that analyze your use of our Services based on information obtained from cookies, including for delivering interest-based advertising to you.',
    '(4) Right to Opt-Out of Targeted Advertising and/or "Sale". As described above, we may share some categories of personal data with advertising partners in connection with targeted advertising.',
  ])('in one unit, a label closed by a full stop: %s', (text) => {
    expect(unitStances(text)).toBe('conditional opt_out');
  });

  it.each([
    // A label that offers nothing, or names no tracking.
    'Right to Delete: We share your device identifiers with advertising partners for targeted advertising.',
    'Targeted Advertising: We use cookies to show you targeted advertising.',
    'Cookies: We use cookies to show you targeted advertising.',
    'Email Preferences: We use cookies to show you targeted advertising.',
    // A label on a limit or a consequence of the opt-out, or a body that tracks whatever the opt-out (G8).
    'Effect of Opting Out of Targeted Advertising: Even if you opt out, we may still use cookies to show you ads based on your browsing.',
    'Effect of Opting Out of Targeted Advertising: We will continue to show you ads based on your browsing.',
    'Limits on the Right to Opt Out of Sharing: We may still share device identifiers with advertising partners for targeted advertising.',
    'No Opt Out of Tracking: Our partners use cookies to track you across sites.',
    // The sale or sharing of data opted out of, over the service's own analytics (S1).
    'Right to Opt Out of Sale: We use cookies to analyze how visitors use our website.',
    'Right to Opt Out of Sale: We do not sell personal data, but we use cookies for analytics.',
  ])('keeps a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  const AD_BODY = 'We share identifiers with advertising partners for targeted advertising.';
  it.each([
    ['Right to Opt Out of Sale/Targeted Advertising', AD_BODY, true],
    ['Opt out of “Sale” and “Sharing”', AD_BODY, true],
    ['Opting out of cookies', AD_BODY, true],
    ['Opt out of marketing emails', AD_BODY, false],
    ['Right to Know', AD_BODY, false],
    ['Targeted advertising', AD_BODY, false],
    // The sale or sharing of data covers a body's advertising or partners, not its analytics.
    ['Right to Opt Out of Sale', 'We use cookies to analyze how visitors use our website.', false],
    // A label on a limit or a consequence of the opt-out, or a body that says the tracking goes on regardless.
    ['Effect of Opting Out of Targeted Advertising', AD_BODY, false],
    ['No Opt Out of Tracking', AD_BODY, false],
    ['Right to Opt Out of Targeted Advertising', 'Even if you opt out, we may still share identifiers.', false],
  ])('trackingOptOutLabel(%s, %s) = %s', (label, body, expected) => {
    expect(trackingOptOutLabel(label, body)).toBe(expected);
  });
});

// The opt-out named as a noun in the plural ("opt-outs") or of being tracked (rules/tracking.ts preferences-control).
describe('an opt-out of being tracked, or the opt-outs offered', () => {
  it.each([
    'You can learn about Acme Analytics’ currently available opt-outs, including its browser add-on, here: https://example.com/optout.',
    'You can learn about the currently available opt-outs for advertising cookies here.',
    'We honor opt-outs of being tracked within 15 days.',
  ])('is an opt-out: %s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    'You can opt out of being contacted by our sales team.',
    'Opt-outs from marketing emails take effect within 10 days.',
    // Being tracked as the case of a consequence, not a control offered (G8).
    'If you opt out of being tracked, you will still see ads, but they may be less relevant.',
  ])('names no tracking: %s', (text) => {
    expect(trackingStance(text)).toBe('none');
  });
});
