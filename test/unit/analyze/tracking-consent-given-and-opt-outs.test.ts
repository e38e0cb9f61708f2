// Readings of tracking choices and placements (GUIDE T4, T5, T8): consent the reader gives first, named with a
// determiner ("if you give such consent, we use …"), is an opt-in as "if you give your consent" is; the opt-outs a
// unit names in the plural ("the currently available opt-outs for Acme Analytics") are the choice, not only a pointer
// to it; the reader's right to limit the use for targeted advertising is an opt-out; a cookie "dropped" or "installed"
// is placed. Near-misses keep their readings: consent for something else, pointers that name no choice, rights over
// other data, strictly necessary cookies, cookie advice and definitions.
import { describe, expect, it } from 'vitest';
import { isPointer } from '../../../src/core/analyze/pointer';
import { unitRole } from '../../../src/core/extract/unit-role';
import { trackingStance } from './tracking-stance';

describe('consent the reader gives first, named with a determiner, is an opt-in (T5)', () => {
  it.each([
    'If you give such consent, we use the following tracking technology:',
    'If you give such consent, we use tracking technology to measure visits to our website.',
    'If you give us this consent, we place advertising cookies on your device.',
    'Once you give that consent, our partners may set analytics cookies.',
    'When you give such consent, we place advertising cookies.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    // Consent by use or to the terms is no choice (G7), whatever names it.
    ['When you give this consent by continuing to browse, we place advertising cookies.', 'grant'],
    ['If you give this consent by using our website, we place advertising cookies.', 'grant'],
    ['If you give such consent to our Terms, we place advertising cookies.', 'grant'],
    ['If you give such consent to these Terms of Use, we place advertising cookies.', 'grant'],
    // Consent for something else: the cookie word is a document's name.
    ['If you give such consent, we will send you our newsletter about our cookies policy.', 'none'],
    // No consent: the lead-in names tracking technology (T11).
    ['We use the following tracking technology:', 'grant'],
    // Consent by use is no choice (G7).
    ['By using our website, you give such consent to our use of advertising cookies.', 'grant'],
    ['Strictly necessary cookies are used for login and security.', 'none'],
    ['Cookies are small text files.', 'none'],
    ['You can delete cookies.', 'none'],
  ])('near-miss: %s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });
});

describe('opt-outs named in the plural are the choice, not a pointer (T4, T8)', () => {
  it.each([
    'Please refer to the currently available opt-outs for Acme Analytics by visiting https://acme.example/optout.',
    "You can learn about Acme Analytics' currently available opt-outs, including the browser add-on, here: https://acme.example/optout.",
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    // Pointers that name no choice stay pointers.
    ['Please refer to our Cookie Policy for more information about cookies.', 'none'],
    ['For more information about cookies, see our Cookie Policy.', 'none'],
    // A section or page titled with the opt-outs is where they are (T8).
    ['For more information about targeted advertising cookies, see the opt-outs section of our Cookie Policy.', 'none'],
    ['See the opt-outs section of our Cookie Policy for advertising cookies.', 'none'],
    ['Please refer to the Opt-Outs page for details on advertising cookies.', 'none'],
    ['Please refer to the available opt-outs page for advertising cookies.', 'none'],
    ['See the Opt-Ins and Opt-Outs section below.', 'none'],
    // A partner's opt-outs, in its own policy, are pointed to.
    ["Please refer to our partners' privacy policies for their opt-outs.", 'none'],
  ])('near-miss: %s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });

  it.each([
    [
      'please refer to the currently available opt-outs for acme analytics by visiting https://acme.example/optout.',
      false,
    ],
    ['see our page on your opt-outs for advertising cookies.', false],
    ['please refer to the available opt-outs page for advertising cookies.', true],
    ['see our page on your opt-outs section for advertising cookies.', true],
    ['see the opt-outs section of our cookie policy for advertising cookies.', true],
    ["please refer to our partners' privacy policies for their opt-outs.", true],
  ])('isPointer: %s', (text, pointer) => {
    expect(isPointer(text)).toBe(pointer);
  });

  it.each([
    [
      'Please refer to the currently available opt-outs for Acme Analytics by visiting https://acme.example/optout.',
      'operative',
    ],
    // Opt-ins named in the plural beside a title are a section pointed to.
    ['See the Opt-Ins and Opt-Outs section below.', 'pointer'],
    ['See the opt-outs section of our Cookie Policy for advertising cookies.', 'pointer'],
    ["Please refer to our partners' privacy policies for their opt-outs.", 'pointer'],
  ])('unitRole: %s', (text, role) => {
    expect(unitRole(text)).toBe(role);
  });
});

describe("the reader's right to limit the use for targeted advertising is an opt-out (T4)", () => {
  it.each([
    'Right to Limit Use of Your Personal Information for Targeted Advertising (defined in California as “Sharing”): You can ask us not to use or disclose your personal information for targeted advertising.',
    'Right to Limit Use of Your Personal Information for Targeted Advertising: We use your personal information for targeted advertising.',
    'You have the right to limit the use of your data for interest-based ads.',
    // The right as the unit's lead label, over a body whose grant is in a sentence of its own.
    'Right to Limit the Use of Cookies: We use advertising cookies. Contact us to change this.',
    // What the right limits named past nine words, before the label ends.
    'Right to Limit the Use and Disclosure of Your Personal Information for Targeted Advertising: We use your data for targeted advertising.',
    'You may exercise your right to restrict the use of your personal information for targeted advertising.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_out');
  });

  it.each([
    // A right over other data leaves the ads stated in the body a grant.
    [
      'Right to Limit Use of Sensitive Personal Information: We use your browsing history to show you targeted ads.',
      'grant',
    ],
    ['You have the right to limit the use of your sensitive personal information.', 'none'],
    // The service's right, not the reader's.
    ['We use cookies for targeted advertising, and we have the right to limit your access to the service.', 'grant'],
    ['We reserve the right to limit targeted advertising shown to minors.', 'grant'],
    // A partner's or an advertiser's right over its own cookies or ads.
    ['Our partners have the right to limit the use of cookies they set for advertising.', 'grant'],
    ['Advertisers have the right to control which targeted ads are shown using cookies.', 'grant'],
    // The right ends with its clause: the ads are named in a new one.
    ['You have the right to restrict processing of your data, and we use cookies for advertising.', 'grant'],
    ['You have the right to restrict processing of your data and we use cookies for advertising.', 'grant'],
    // A right over other data, as a label over a body naming the ads.
    [
      'Right to Limit the Use and Disclosure of Your Sensitive Personal Information: We use cookies for targeted advertising.',
      'grant',
    ],
  ])('near-miss: %s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });
});

describe('a tracker dropped, installed or deposited is placed', () => {
  it.each([
    "When you access our Service, an Acme cookie (i.e. a small text file) is dropped on your device's browser.",
    'If you continue to use our Service, a new Acme cookie will be dropped on your browser.',
    'A cookie is installed on your computer when you visit our site.',
    'A small cookie file is deposited on your computer.',
    'Web beacons are installed in our pages.',
  ])('%s', (text) => {
    expect(trackingStance(text)).toBe('grant');
  });

  it.each([
    'Strictly necessary cookies are dropped on your device to keep you logged in.',
    'The price of our plan dropped last year.',
    'Our app is installed on your device.',
    'Cookies are small text files.',
  ])('near-miss: %s', (text) => {
    expect(trackingStance(text)).toBe('none');
  });
});
