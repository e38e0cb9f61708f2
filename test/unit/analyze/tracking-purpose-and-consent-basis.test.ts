// Two readings of tracking controls (GUIDE T4, T5): a purpose that stops the tracking, then the reader's step that
// serves it, is an opt-out; consent named as the tracking's legal basis (a label opening the unit, "the legal basis is
// your consent") is an opt-in. Near-misses keep their readings: browser advice (T4), consent by use (G7), consent
// beside another basis (G5), purposes that stop nothing, definitions and bare cookie advice.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const trackingStance = (text: string): string =>
  analyzeText(text)
    .findings.filter((f) => f.category === 'tracking')
    .map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`)
    .join('; ') || 'none';

describe('a purpose that stops the tracking, then the step that serves it, is an opt-out', () => {
  it.each([
    'To limit targeted advertising on your mobile device, you can review and adjust the settings provided by your device manufacturer.',
    'If you would like to stop receiving interest-based advertising on your browser from Acme, click here.',
    'To stop personalised advertising in the app, go to Settings and turn off Personalised Ads.',
    'Device Settings. To limit interest-based ads on your phone, please review the settings of your device.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    // The step is in the browser's own settings (T4): the unit's tracking stays a grant.
    ['To limit targeted advertising, you can set your browser to refuse cookies.', 'grant'],
    // A purpose of the service's, not a stop.
    ['To show you targeted advertising, we use cookies set by our partners.', 'grant'],
    // No step of the reader's.
    ['To limit targeted advertising, we share less data with our partners.', 'grant'],
    // Not about tracking at all, or only about cookies.
    ['To limit fraud, you can review your account activity.', 'none'],
    ['To stop receiving marketing emails, click the unsubscribe link.', 'none'],
    ['You can delete cookies.', 'none'],
    ['Cookies are small text files.', 'none'],
    ['If you would like to learn more about interest-based advertising, click here.', 'none'],
  ])('near-miss: %s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });
});

describe('consent named as the legal basis of the tracking is an opt-in', () => {
  it.each([
    'Consent (Art. 6(1)(a)): For the use of non-essential cookies and interest-based advertising on publisher sites.',
    'Your voluntary and informed consent: we will process your personal data based on your informed and freely given consent to use it for analytics and tailored advertisements.',
    'Where we use advertising cookies, the legal basis is your consent (Art. 6(1)(a) GDPR).',
    'We process your data for targeted advertising on the basis of your consent.',
    'We rely on your consent to place analytics cookies on your device.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    'Legitimate interests (Art. 6(1)(f)): For the use of analytics cookies.',
    'By using our site, you consent to our use of cookies.',
    'Consent: By continuing to browse, you accept our use of advertising cookies.',
    'Consent: we rely on your consent or our legitimate interests to use analytics cookies.',
    'We may use advertising cookies without your consent.',
    'The legal basis for analytics cookies is our legitimate interest.',
  ])('near-miss, a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });
});
