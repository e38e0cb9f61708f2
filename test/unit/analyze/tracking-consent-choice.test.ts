// Trackers the reader accepts or refuses first, in a banner or a consent tool, are an opt-in (GUIDE T5, T9), whatever
// opt-out words the choice is said with ("refuse", "reject", "manage"); the browser's own setting (T4), consent by
// browsing on (G7), opt-outs of other things and other accept-or-reject choices are not.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { stancesIn } from './tracking-stance';

/** One stance per finding: two clauses under one consent give two opt-ins. */
const trackingStance = (text: string): string => stancesIn('tracking', text, true);
import {
  consentGiven,
  kindTrackedRegardless,
  trackerLifetimeBounded,
  trackingAcceptance,
  trackingConsentChoice,
} from '../../../src/core/analyze/tracking-choice';

describe('tracking consent-first choices', () => {
  it.each([
    'When you first visit our site, a banner lets you accept or reject analytics and advertising cookies.',
    'You may accept or decline non-essential cookies at any time from the cookie banner.',
    'We will ask you for your consent to place advertising cookies on your device.',
    'We ask you for your consent to use analytics cookies when you first open the app.',
    'Analytics cookies are only set once you agree to them in our cookie consent banner.',
    'You can choose whether to accept advertising cookies when you first visit the site.',
    'The consent management platform lets you consent to or refuse each category of tracking cookies.',
    'Optional cookies, including those used for personalised ads, are set according to your choice in the consent banner.',
    'You can change your mind and accept or reject optional cookies through the cookie banner at the bottom of each page.',
    'By clicking “Accept all” in the cookie banner, you allow us and our partners to use advertising cookies.',
    'Acme uses third-party analytics cookies only if you accept them in the cookie banner.',
    'Non-essential cookies are only placed after you accept them in our consent banner.',
    'You can update your cookie settings at any time and accept or refuse optional cookies.',
  ])('opt-in: %s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    'Most web browsers let you accept or reject cookies; we use advertising cookies to show you relevant ads.',
    'We use analytics cookies. You can set your browser to accept or refuse cookies.',
    'By continuing to browse our site, you accept our use of advertising cookies.',
    'By using the Services you consent to our use of cookies for advertising.',
    'We use tracking pixels in our emails. You can unsubscribe from marketing emails at any time.',
    'You can opt out of interest-based advertising by visiting the industry opt-out page.',
    'We use cookies to measure traffic. You can accept or reject the updated Terms in your account.',
    'Our advertising partners may offer their own opt-outs for the cookies they set on our site.',
    'You can change your cookie preferences at any time.',
    'We do not use cookies for advertising.',
    'We use advertising cookies, and you can opt out through your browser settings.',
    'Your browser may let you accept or block cookies from third-party sites, such as our ad partners.',
    'We will obtain your consent to these Terms when you create an account, and we use cookies for analytics.',
    'By closing this banner, you agree that we and our partners may use advertising cookies.',
    'We personalise your experience based on your cookie consent and our legitimate interest in relevant offers.',
    'To disable advertising cookies, click “Privacy controls” on the cookie banner.',
    'You can opt out of analytics cookies through the settings in our cookie banner.',
    'You can use our cookie consent tool to change the cookies we use later.',
  ])('not an opt-in: %s', (text) => {
    expect(trackingStance(text)).not.toContain('opt_in');
  });

  it.each<[string, boolean]>([
    ['you can accept or refuse optional cookies.', true],
    ['you have the choice whether to accept the use of cookies or not.', true],
    ['your cookie consent is used for browsing history.', true],
    ['most browsers let you accept or reject cookies.', false],
    ['you can accept or reject cookies in your browser or in our cookie banner.', true],
    ['you can accept or reject the updated terms in your account.', false],
    ['by continuing to use the site you accept our cookie banner.', false],
  ])('trackingConsentChoice(%j) = %s', (text, expected) => {
    expect(trackingConsentChoice(text)).toBe(expected);
  });

  // Asked for consent to the trackers (the choice phrase), read only as tracking, in its own clause: not another act
  // beside it (rtr44 fault 1), not a denial of asking (2), not consent to the terms (3, G7).
  it.each<[string, string, string]>([
    ['We share your data with partners, and may ask you for your consent to send marketing.', 'data_sharing', 'grant'],
    [
      'We may ask you for your consent to use cookies; we also share your data with our advertising partners.',
      'data_sharing',
      'grant',
    ],
    [
      'We share your email address with our partners and we may ask you for your consent to place cookies.',
      'data_sharing',
      'grant',
    ],
    [
      'We will not ask you for your consent to place cookies, as we only use strictly necessary cookies.',
      'tracking',
      'restrict',
    ],
    ['We never ask you for your consent to set analytics cookies, because we do not use them.', 'tracking', 'restrict'],
    [
      'By using the site you consent to these Terms; we may ask you for your consent to them again.',
      'tracking',
      'none',
    ],
    ['We may ask you for your consent to the updated Terms, and we use cookies for analytics.', 'tracking', 'grant'],
  ])('consent phrase kept to its act: %s', (text, category, expected) => {
    const got = analyzeText(text)
      .findings.filter((f) => f.category === category)
      .map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`)
      .join('; ');
    expect(got || 'none').not.toContain('opt_in');
    if (expected !== 'none') expect(got).toContain(expected);
  });

  it.each<[string, boolean]>([
    // G4 (fault 4): the service's own use of one kind beside a choice over another kind is a grant for that kind.
    ['we use analytics cookies; you can accept or refuse advertising cookies in the banner.', false],
    ['we use analytics cookies. you may accept or reject marketing cookies through our cookie banner.', false],
    ['we use advertising cookies; you can accept or refuse advertising cookies in the cookie banner.', true],
    ['we use analytics and advertising cookies only if you accept them in our cookie banner.', true],
    // T9 (fault 5): a banner or settings "at any time" with no consent-first statement is an opt-out.
    ['you can change your cookie preferences at any time in our cookie settings.', false],
    ['you can change your choices in the cookie banner at any time.', false],
    ['you can manage your cookie settings any time and accept or refuse optional cookies.', true],
    [
      'you can change your choice in the cookie banner at any time; analytics cookies are set only after you accept them.',
      true,
    ],
    // Fault 6: the banner named where the choice is not made first.
    ['some cookies are set before you make a choice in the banner.', false],
    ['you can withdraw the consent you gave in the banner.', false],
    ['cookie_consent: stores your choices in the cookie banner, 12 months.', false],
    ['the cookie banner on your device will tell you how to accept or refuse cookies.', false],
    ['non-essential cookies are placed only after you accept them in the cookie banner.', true],
    ['you will be shown our cookie banner when you first access our site.', true],
    ['our cookie banner explains the cookies we use.', false],
    // A lead-in's opt-out read with its item keeps the item's banner from counting (the clause runs on past a colon;
    // splitting there over-reached on held-back units).
    [
      'you have several options to disable non-essential cookies: a cookie consent banner lets you accept or reject them.',
      false,
    ],
    ['to disable non-essential cookies, use the cookie banner; it also lets you accept them.', false],
    // Fault 7: continued use and another legal basis count only in the clause that names the choice.
    [
      'by using our site you agree to our terms. advertising cookies are only set once you accept them in our cookie banner.',
      true,
    ],
    [
      'we rely on legitimate interests for fraud prevention. analytics cookies are only placed after you accept them in our consent banner.',
      true,
    ],
    ['by continuing to browse, you accept the cookies described in this banner.', false],
    ['we use analytics cookies based on your consent in the cookie banner and our legitimate interests.', false],
  ])('trackingConsentChoice(%j) = %s', (text, expected) => {
    expect(trackingConsentChoice(text)).toBe(expected);
  });

  // The reviewer's sentences (rtr44 faults 4-8), end to end.
  it.each<[string, string]>([
    ['We use analytics cookies; you can accept or refuse advertising cookies in the banner.', 'grant'],
    ['You can change your cookie preferences at any time in our cookie settings.', 'conditional opt_out'],
    ['Some cookies are set before you make a choice in the banner.', 'grant'],
    ['Our advertising partners set cookies that last up to 13 months.', 'grant'],
    ['Partners may place cookies; these are limited to 13 months.', 'grant'],
    ['Partners may place cookies; their lifespan is limited to 13 months.', 'grant'],
  ])('reviewed: %s', (text, expected) => {
    expect(trackingStance(text)).toBe(expected);
  });

  // Fault 9: only the consent-first choice stands over a cookie control's opt-out; another condition gives way.
  it.each<[string, string]>([
    [
      'You can manage your choice by clicking on “Manage cookie preferences” in the cookie banner.',
      'conditional opt_in',
    ],
    [
      'Note that if you choose to remove cookies, you may remove opt-out cookies that affect your advertising preferences.',
      'conditional opt_out',
    ],
    ['If you choose, you can manage your cookie preferences in our preference centre.', 'conditional opt_out'],
  ])('preferences control: %s', (text, expected) => {
    expect(trackingStance(text)).toBe(expected);
  });
});

// A tracker's lifetime held to a bound, as the unit's main statement, is a limit (as a bounded retention period); beside
// the service's own use of the trackers, the use wins (G4).
describe('tracker lifetimes', () => {
  it.each<[string, boolean]>([
    ['a cookie lifespan is limited to its purpose and does not, in general, exceed 13 months.', true],
    ['the lifespan of our cookies is limited to 13 months.', true],
    ['the life span of cookies is thirteen (13) months maximum.', true],
    ['the lifetime of our advertising cookies is limited to 13 months.', true],
    ['the duration of the analytics cookies will not exceed 25 months.', true],
    ['we use analytics cookies, whose lifespan is limited to 13 months.', false],
    ['advertising cookies have a lifespan of up to two years.', false],
    ['we use cookies to measure the duration of your visits.', false],
    ['our partners’ cookies remain on your device for the duration of your session and track your visits.', false],
    ['we keep your account data for the lifetime of your account and use cookies for ads.', false],
    ['the maximum duration of the offer is 12 months.', false],
    // Fault 8: any party's placement or use of the trackers wins over the bound (G4, T6).
    ['our advertising partners set cookies whose lifespan is limited to 13 months.', false],
    ['partners may place cookies; their lifetime is limited to 13 months.', false],
    ['cookies set by our advertising partners have a lifespan limited to 13 months.', false],
  ])('trackerLifetimeBounded(%j) = %s', (text, expected) => {
    expect(trackerLifetimeBounded(text)).toBe(expected);
  });

  it.each([
    'Due to legal rules that apply to us, the lifespan of our cookies is limited to 13 months.',
    'The life span of advertising cookies is twelve (12) months maximum.',
  ])('restrict: %s', (text) => {
    expect(trackingStance(text)).toBe('restrict');
  });
});

// Second review (rmtr45): consent not asked first, uses said beside the choice, and lifetimes of one party's trackers.
describe('tracking consent-first choices: second review', () => {
  it.each([
    'whether you accept cookies or not, we use analytics cookies to measure traffic.',
    'we place analytics cookies regardless of whether you accept or refuse cookies in the banner.',
    'we use analytics cookies, and you can accept or refuse advertising cookies in our cookie banner.',
    'we use analytics cookies: you can accept or refuse advertising cookies in the banner.',
    'our partners use advertising cookies; you can accept or refuse analytics cookies in our cookie banner.',
    'we are not required to ask for your consent to place these cookies, as they are strictly necessary.',
    "we don't have to ask for your consent to use strictly necessary cookies.",
    'some cookies are set before you have made your choice in the cookie banner.',
    'consent_status: keeps track of the choice you made in the cookie banner.',
    'we display a cookie banner only if you are located in the eea; elsewhere we place cookies by default.',
  ])('no opt-in: %j', (text) => {
    expect(trackingConsentChoice(text)).toBe(false);
  });

  it.each([
    'we will not use advertising cookies; you can accept or refuse analytics cookies in our cookie banner',
    'we use advertising cookies; you can accept or refuse marketing cookies in the cookie banner',
    'you can choose whether or not to accept cookies in our cookie banner.',
  ])('opt-in: %j', (text) => {
    expect(trackingConsentChoice(text)).toBe(true);
  });

  it.each([
    'our partner uses cookies whose lifespan is limited to 13 months.',
    'acme ads places cookies whose lifespan is limited to 13 months.',
    'analytics cookies record the duration of each visit, which is limited to 30 minutes of inactivity.',
  ])('no lifetime bound: %j', (text) => {
    expect(trackerLifetimeBounded(text)).toBe(false);
  });
});

describe('tracking consent-first choices: the clause a choice governs', () => {
  it.each<[string, string]>([
    // 1. Another act in the unit: the cookie choice does not govern the sharing of identifiers.
    [
      'We share device identifiers with advertising networks; you can accept or refuse cookies in the cookie banner.',
      'grant',
    ],
    [
      'We share device identifiers with advertising networks, and you can accept or refuse cookies in the cookie banner.',
      'grant',
    ],
    ['We use web beacons in our emails; you can accept or refuse cookies in our cookie banner.', 'grant'],
    // …but a choice over the same trackers, or one that points back at them, does.
    [
      'We use cookies to measure traffic, and you can accept or refuse cookies in our cookie banner.',
      'conditional opt_in',
    ],
    [
      'We use analytics cookies; you can accept or refuse analytics cookies in our cookie banner.',
      'conditional opt_in',
    ],
    // 2. A banner after "by using" is the choice itself; the site after it is browsing on.
    ['You can accept or refuse cookies by using the cookie banner.', 'conditional opt_in'],
    ['You can accept or reject advertising cookies by using our consent management platform.', 'conditional opt_in'],
    ['By using our site, you accept the advertising cookies described in our cookie banner.', 'grant'],
    [
      'You may, at any time, choose the purposes for which you consent to or refuse the use of cookies by accessing the “Manage Cookies” section.',
      'conditional opt_in',
    ],
    ['By visiting our cookie settings, you agree to our use of advertising cookies.', 'grant'],
    // 3. A first-visit word does not make an opt-out a choice asked first.
    [
      'You can change your choices in the cookie banner at any time; when you first visit, you can disable analytics cookies.',
      'conditional opt_out',
    ],
    ['When you first visit our site, you can disable cookies at any time in the cookie banner.', 'conditional opt_out'],
    // 4. A denial the reader's acceptance lifts.
    ['We do not set advertising cookies unless you accept them in our cookie banner.', 'conditional opt_in'],
    ['We will not place analytics cookies on your device unless you agree to their use.', 'conditional opt_in'],
    ['We do not set advertising cookies unless you continue to browse the site.', 'grant'],
    ['We do not set advertising cookies unless you allow them in your browser.', 'grant'],
    ['We do not use advertising cookies unless you accept our Terms of Service.', 'grant'],
    // 5. A list with an always-on kind beside one set only on acceptance.
    [
      'We use: strictly necessary cookies, which are always on; and analytics cookies, which we set only if you accept them.',
      'conditional opt_in',
    ],
    [
      'We use: advertising cookies, which are always on; and analytics cookies, which we set only if you accept them.',
      'grant',
    ],
  ])('%s', (text, expected) => {
    expect(trackingStance(text)).toBe(expected);
  });

  it.each<[string, number, boolean]>([
    ['we share device identifiers with partners; you can accept or refuse cookies in the cookie banner.', 3, false],

    ['we use cookies for ads; you can accept or refuse them in the cookie banner.', 3, true],
    ['we use analytics cookies; you can accept or refuse advertising cookies in the cookie banner.', 3, false],
  ])('trackingConsentChoice(%j, %i) = %s', (text, at, expected) => {
    expect(trackingConsentChoice(text, at)).toBe(expected);
  });

  it('the choice clause itself is governed by its own choice', () => {
    const text = 'we share device identifiers with partners; you can accept or refuse cookies in the cookie banner.';
    expect(trackingConsentChoice(text, text.indexOf('accept'))).toBe(true);
  });

  it.each<[string, string]>([
    // Where the choice is made ("cookie banner", "cookie settings") names no tracker: "them" points back.
    ['We use web beacons in our emails; you can accept or refuse them in our cookie banner.', 'conditional opt_in'],
    [
      'We use pixels and similar technologies to measure our ads; you can accept or refuse them in our cookie consent banner.',
      'conditional opt_in',
    ],
    [
      'We use tracking pixels to measure our ads; you can accept or refuse them by using our cookie settings.',
      'conditional opt_in',
    ],
    // G4: a kind always on beside one set on acceptance is a grant, whichever clause holds the rule's word.
    ['Analytics cookies are set only if you accept them; we always use advertising cookies.', 'grant'],
    [
      'We use: analytics cookies, which we set only if you accept them; and advertising cookies, which are always on.',
      'grant',
    ],
    // A finding's clause that names no tracker: the kinds alone decide.
    [
      'We measure how visitors use our site with Acme Analytics; you can accept or refuse analytics cookies in our cookie banner.',
      'conditional opt_in',
    ],
    [
      'We use Acme Analytics to measure traffic to our site; we set its cookies only with your consent.',
      'conditional opt_in',
    ],
    [
      'We collect information about your browsing activity on our site, and you can accept or refuse cookies in our cookie banner.',
      'conditional opt_in',
    ],
    [
      'Our advertising partners track your activity across websites to show you ads; you can accept or refuse advertising cookies in our cookie banner.',
      'conditional opt_in',
    ],
    // …but a kind the choice does not name stays a grant.
    [
      'We measure how visitors use our site with Acme Analytics; you can accept or refuse advertising cookies in our cookie banner.',
      'grant',
    ],
    // An abbreviation does not end a clause.
    [
      'We use cookies and similar technologies (e.g. pixels) only if you accept them in our consent banner.',
      'conditional opt_in',
    ],
    [
      'We use cookies and similar technologies (incl. pixels) only if you accept them in our consent banner.',
      'conditional opt_in',
    ],
    [
      'We use tracking technologies, e.g. cookies, only if you accept them in our consent banner.',
      'conditional opt_in',
    ],
    // Catch-all tracker words name any tracker.
    [
      'We use tracking technologies for analytics; you can accept or refuse cookies in our consent banner.',
      'conditional opt_in',
    ],
    ['We use similar technologies, and you can accept or refuse cookies in our consent banner.', 'conditional opt_in'],
    // The reader's acceptance is read in the exception's own first case, the reader first in it.
    [
      'We never set advertising cookies unless it is necessary for security; you may accept or decline analytics cookies in the cookie banner.',
      'grant',
    ],
    // …and with no case of the service's own after it.
    [
      'We do not set advertising cookies unless you accept them in our cookie banner or we have a legitimate business reason.',
      'grant',
    ],
    // Accepting the terms is no acceptance of trackers; nor is a setting of the device.
    ['We do not set advertising cookies unless you accept these Terms.', 'grant'],
    ['We will not set analytics cookies unless you allow them through your device settings.', 'grant'],
    ['We do not set advertising cookies unless you accept these cookies in our banner.', 'conditional opt_in'],
  ])('%s', (text, expected) => {
    expect(trackingStance(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    [' you accept them in our cookie banner.', true],
    [' required by law', false],
    [' it is necessary for security', false],
    [' you accept them in our cookie banner or we have a legitimate business reason.', false],
    [' you accept these terms.', false],
    [' you allow them through your device settings.', false],
  ])('trackingAcceptance(%j) = %s', (exceptionCase, expected) => {
    expect(trackingAcceptance(exceptionCase)).toBe(expected);
  });
});

// G4 in the general consent reading (stance.ts): a consent or control over some trackers beside another kind that is
// always on, or that a party uses, in a clause with no condition of its own, is a grant.
describe('tracking consent beside trackers used regardless (G4)', () => {
  it.each<[string, string]>([
    ['We set analytics cookies only if you accept them; advertising cookies are always on.', 'grant'],
    ['We use analytics cookies only with your consent; advertising cookies are always on.', 'grant'],
    ['We set analytics cookies only if you accept them, and we always use advertising cookies.', 'grant'],
    ['We do not set analytics cookies unless you accept them; advertising cookies are always on.', 'grant'],
    ['We set cookies only if you accept them; advertising cookies are always on.', 'grant'],
    // Near-misses: the other clause is not tracking, names the same kind, denies, or carries its own consent.
    ['We set analytics cookies only if you accept them.', 'conditional opt_in'],
    [
      'We set analytics cookies only if you accept them; strictly necessary cookies are always on.',
      'conditional opt_in',
    ],
    ['We set analytics cookies only if you accept them; we do not use advertising cookies.', 'conditional opt_in'],
    [
      'We set analytics cookies only if you accept them; we use advertising cookies only with your consent.',
      'conditional opt_in',
    ],
    [
      'We set analytics cookies only if you accept them; analytics cookies are always on for logged-in members.',
      'conditional opt_in',
    ],
    // The consent's own clause names no kind: another party's ordinary use may be the same cookies.
    ['We set cookies only if you accept them; we use analytics cookies to count visits.', 'conditional opt_in'],
    // The reader's control in the act's clause: the kind always on is still the service's grant, not dropped as the
    // reader's own act.
    ['You can turn off analytics cookies in your cookie settings; advertising cookies are always on.', 'grant'],
    ['You can refuse analytics cookies in the cookie banner; advertising cookies are always active.', 'grant'],
    // A denial after the verb is no use.
    ['We set analytics cookies only if you accept them; we use no advertising cookies.', 'conditional opt_in'],
    [
      'We set analytics cookies only if you accept them; we use neither advertising nor social media cookies.',
      'conditional opt_in',
    ],
    // A kind another clause sets under a consent of its own is covered by that consent.
    [
      'We use analytics cookies only with your consent. We use advertising cookies only with your consent, and our partners use advertising cookies to measure our ads.',
      'conditional opt_in; conditional opt_in',
    ],
    // A consent given when the reader accepts is a condition of its clause.
    [
      'We set analytics cookies only if you accept them; advertising cookies are always enabled once you accept them.',
      'conditional opt_in',
    ],
  ])('%s', (text, expected) => {
    expect(trackingStance(text)).toBe(expected);
  });

  it.each<[string, number, boolean]>([
    ['we set analytics cookies only if you accept them; advertising cookies are always on.', 3, true],
    ['we set analytics cookies only if you accept them; advertising cookies are always on.', 60, false],
    ['we set analytics cookies only if you accept them; we use advertising cookies only with your consent.', 3, false],
    // A catch-all kind in the consent covers another party's ordinary use, not a kind always on.
    [
      'we set non-essential cookies, such as analytics cookies, only if you accept them; our partners use advertising cookies to show you relevant ads.',
      3,
      false,
    ],
    [
      'we set non-essential cookies, such as analytics cookies, only if you accept them; advertising cookies are always on.',
      3,
      true,
    ],
    // Set off is not on.
    [
      'we set analytics cookies only if you accept them; advertising cookies are always set to off by default.',
      3,
      false,
    ],
    ['we set analytics cookies only if you accept them; advertising cookies are always set by default.', 3, true],
  ])('kindTrackedRegardless(%j, %i) = %s', (text, at, expected) => {
    expect(kindTrackedRegardless(text, at, (clause) => /\bonly if\b|\bconsent\b/.test(clause))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['advertising cookies are always enabled once you accept them', true],
    ['our partners set advertising cookies if you allow them', true],
    ['when you click accept all, our partners also set advertising cookies', true],
    ['when you visit our site, our partners set advertising cookies', false],
  ])('consentGiven(%j) = %s', (clause, expected) => {
    expect(consentGiven(clause)).toBe(expected);
  });
});
