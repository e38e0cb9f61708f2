// Two readings of tracking controls (GUIDE T4, T5): a purpose that stops the tracking, then the reader's step that
// serves it, is an opt-out; consent named as the tracking's legal basis (a label opening the unit, "the legal basis is
// your consent") is an opt-in. Near-misses keep their readings: browser advice (T4), consent by use (G7), consent
// beside another basis (G5), purposes that stop nothing, definitions and bare cookie advice.
import { describe, expect, it } from 'vitest';
import { trackingStance } from './tracking-stance';

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

describe('the purpose reading: lead-ins, and steps that are no opt-out', () => {
  it.each([
    "If you'd like to stop receiving interest-based ads from us, click here.",
    'In order to limit interest-based advertising, please visit the settings page.',
    'Should you wish to stop receiving targeted ads, click here.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    // A step in the browser's settings (T4).
    ['To limit targeted advertising, you can change your browser settings to refuse cookies.', 'grant'],
    // A step to a document or a part of it is a pointer (T8).
    ['To limit the use of cookies, you can review our Cookie Policy.', 'grant'],
    ['To limit targeted advertising, please visit section 7 of this policy.', 'grant'],
    // A blocker of the reader's own choosing is generic advice (T4).
    ['To prevent tracking across sites, install a tracker blocker such as uBlock Origin.', 'grant'],
  ])('near-miss: %s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });
});

describe('a consent label: bare, over a body whose first clause names the trackers', () => {
  it.each([
    // A label that qualifies consent names no consent asked first.
    'Without your consent: we may place analytics cookies that measure your visits.',
    'Cookies not requiring consent: analytics cookies we place to measure traffic to our site.',
    'Cookies exempt from consent: audience measurement cookies that track your visits.',
    'Legitimate interests and consent: we use analytics cookies to measure how you use the site.',
    'Implied consent: we use analytics cookies to measure traffic.',
    'Deemed consent: we use advertising cookies to personalise ads.',
    'Withdrawal of consent: if you withdraw consent, we will stop using advertising cookies, but analytics cookies remain.',
    // The body's first clause is about something else.
    'Consent: We will ask for your consent before sending marketing emails, and we use cookies to analyse traffic.',
    // Consent by accepting the terms (G7) or another basis (G5) in the body.
    'Your consent: By accepting these Terms, you consent to our use of advertising cookies.',
    'Consent: You agree to our use of cookies and tracking technologies as described in this Cookie Policy.',
    'Consent: we use analytics cookies as necessary for the performance of our contract with you.',
    'Consent: we use analytics cookies on the basis of Art. 6(1)(f) GDPR.',
    // A body that denies something.
    'Consent: For the use of advertising cookies, which are not optional.',
  ])('a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });
});

describe('consent named as the basis: in the clause of the trackers, with no other basis beside it', () => {
  it.each([
    'Advertising cookies are used on the basis of your informed consent.',
    'We use advertising cookies on the basis of your explicit consent.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    // Consent to another act, in another clause.
    'We use advertising cookies; the legal basis for sending you our newsletter is your consent.',
    'We use analytics cookies to measure traffic, and we send you newsletters on the basis of your consent.',
    // Only where the law asks for it, in some cases, or as one case of several (G5).
    'Where required by law, we use advertising cookies on the basis of your consent.',
    'In some cases, the legal basis for our analytics cookies is your consent.',
    'We use advertising cookies on the basis of your consent or as otherwise permitted.',
    // Another basis beside it (G5).
    'We use analytics cookies based on our legitimate business interests and advertising cookies on the basis of your consent.',
    'The legal basis for analytics cookies is Art. 6(1)(f) GDPR, and for advertising cookies the legal basis is your consent.',
    // Consent by use or by accepting the terms (G7).
    'We process your data for targeted advertising on the basis of your consent, which you give by using our website.',
    'We process your data for targeted advertising on the basis of your consent, which you give by accepting these Terms.',
    'By installing our app, the legal basis for the analytics cookies we place is your consent.',
  ])('a grant: %s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });
});
