// Page furniture that changes without the terms changing: dates stamped on the page, cookie banners, navigation.
// Each rule is data with examples it must and must not match (checked by test/unit/normalize/noise-rules.test.ts).

export interface NoiseRule {
  id: string;
  /** 'line': a whole line matching is dropped. 'inline': the matched text is cut out of the line. */
  scope: 'line' | 'inline';
  pattern: RegExp;
  why: string;
  matches: string[];
  nonMatches: string[];
}

/** A month's name or its abbreviation, as a regex source (lower case: used with the `i` flag or on lower-cased words). */
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Absolute or relative dates as pages print them. */
const DATE =
  `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}` +
  `|${MONTH}\\s+\\d{4}` +
  `|\\d{4}-\\d{1,2}-\\d{1,2}` +
  `|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}` +
  `|(?:(?:over|about|almost|nearly|less\\s+than|more\\s+than)\\s+)?(?:an?|\\d+)\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago` +
  `|today|yesterday)`;
const STAMP =
  '(?:last\\s+(?:updated|modified|revised|reviewed|changed)|updated(?:\\s+on)?|revised(?:\\s+on)?|effective(?:\\s+date|\\s+as\\s+of|\\s+from|\\s+on)?|date\\s+of\\s+last\\s+revision|version\\s+date|published(?:\\s+on)?)';

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    id: 'date-stamp',
    scope: 'inline',
    pattern: new RegExp(`\\b${STAMP}\\s*(?:[:\\u2013-]\\s*)?(?:on\\s+)?${DATE}\\.?`, 'gi'),
    why: 'Pages restamp "Last updated" / "Effective date" without changing the text, and relative dates change daily.',
    matches: [
      'Last updated: March 31, 2023',
      'Effective Date: August 11, 2023',
      'last updated 3 days ago',
      'Updated over a week ago',
      'Updated on 2023-08-07',
      'Effective as of 1 January 2024',
      'Last modified: 07/27/2023',
    ],
    nonMatches: [
      'Zoom may update these terms at any time.',
      'The effective date of any change is the date we post it.',
      'We keep data for 3 days after deletion.',
    ],
  },
  {
    id: 'cookie-banner',
    scope: 'line',
    pattern:
      /^(?=.{0,400}$)(?=.*\bcookies?\b)(?=.*\b(?:by clicking|click(?:ing)? ["“]?(?:accept|agree|ok)|accept all|reject all|allow all|by continuing to (?:use|browse)|you (?:agree|consent) to (?:our|the) use of cookies)\b).+$/i,
    why: 'Consent banners are injected into the page and vary by visit and region; they are not part of the terms.',
    matches: [
      'We use cookies to improve your experience. By clicking "Accept all", you agree to our use of cookies.',
      'This website uses cookies. Accept all Reject all',
      'By continuing to browse you consent to our use of cookies.',
    ],
    nonMatches: [
      'We use cookies and similar technologies to measure how the Services are used.',
      'Change your cookie settings in your browser.',
      'You can manage cookies in your browser settings at any time, as described in our Cookie Policy, which explains the types of cookies we use and why we use them and how long they are kept in detail.',
    ],
  },
  {
    id: 'banner-button',
    scope: 'line',
    pattern:
      /^(?:(?:accept|reject|allow|decline|deny|refuse)(?: all)?(?: cookies)?|(?:cookie|privacy) (?:settings|preferences)|manage (?:cookies|preferences|consent|choices)|got it!?|ok(?:ay)?|i agree|i accept|close|dismiss)$/i,
    why: 'Stray button labels from consent banners and dialogs.',
    matches: ['Accept all cookies', 'Reject all', 'Cookie settings', 'Got it!', 'OK'],
    nonMatches: ['Accept these terms before using the Services.', 'Close your account at any time.'],
  },
  {
    id: 'navigation',
    scope: 'line',
    pattern:
      /^(?:skip to (?:main )?content|back to top|(?:main )?menu|home|search|sign in|sign up|log ?in|log ?out|print(?: this page)?|share|download pdf|table of contents|contents|previous|next|breadcrumb)$/i,
    why: 'Navigation and toolbar labels change with site redesigns, not with the terms.',
    matches: ['Skip to main content', 'Back to top', 'Sign in', 'Print this page', 'Table of contents'],
    nonMatches: ['Sign in to your account to change your settings.', 'Home country means the country where you live.'],
  },
  {
    id: 'breadcrumb',
    scope: 'line',
    pattern: /^(?=.{0,120}$)home\s*(?:[>›»/|][^>›»/|]{1,42}){1,5}$/i,
    why: 'Breadcrumb trails ("Home > Legal > Terms") are site navigation.',
    matches: ['Home > Legal > Terms of Service', 'Home / Legal / Privacy'],
    nonMatches: [
      'Home > Legal > Terms of Service and everything else that we think you should read before using our products and services in any way',
    ],
  },
];
