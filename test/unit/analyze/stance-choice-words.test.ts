// The stance words read for every category: a choice to stop that is only leaving, "switch/toggle off" of something
// else than the act, and a past "when you agreed" (the acceptance of the terms, G7) are no opt-out or opt-in; the same
// words about the act itself still are.
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import type { CategoryId } from '../../../src/core/types';

const stanceOf = (text: string, category: CategoryId): string[] => [
  ...new Set(matchClause(text, new Set([category])).map((h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`)),
];

describe('stance choice words', () => {
  it.each<[string, CategoryId, string]>([
    // Refusing by leaving binds all who stay (C1) or is no choice about the act.
    [
      'Revised Terms take effect 30 days after notice unless you choose not to continue using the Services.',
      'terms_change',
      'grant',
    ],
    [
      'We share your information with our partners; you can stop us from sharing it by closing your account.',
      'data_sharing',
      'grant',
    ],
    ['We use cookies to track your browsing unless you choose not to visit our website.', 'tracking', 'grant'],
    // Switching off something else than the act.
    [
      'We may change these Terms at any time; you can switch off email notifications about changes in your account settings.',
      'terms_change',
      'grant',
    ],
    [
      'We share your address with our delivery partners; you can switch off push notifications in the app.',
      'data_sharing',
      'grant',
    ],
    [
      'We use analytics cookies to measure how you use the site; you can toggle off dark mode in Settings.',
      'tracking',
      'grant',
    ],
    // Cookies refused in the browser (T4).
    [
      'We use analytics cookies to measure how you use the site; you can switch off cookies in your browser.',
      'tracking',
      'grant',
    ],
    // A past acceptance of the terms is no consent gate (G7).
    [
      'We may change these Terms at any time, and the Terms in force when you agreed, will be replaced.',
      'terms_change',
      'grant',
    ],
    [
      'We share your data with partners for the purposes in these Terms, which bind you once you have agreed.',
      'data_sharing',
      'grant',
    ],
    // The same words about the act itself.
    ['We use cookies to track your browsing unless you choose not to allow this.', 'tracking', 'conditional opt_out'],
    [
      'You can stop us from sharing your data with advertisers in your settings.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We use your conversations to train our models; you can switch off model training in Settings.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'We share your data with advertisers; you can toggle off this sharing in Settings.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We use your conversations to train our models; you can toggle this off in Settings.',
      'ai_training',
      'conditional opt_out',
    ],
    ['We share your data with partners where you have agreed.', 'data_sharing', 'conditional opt_in'],
    ['We share your data with partners if you have expressly agreed.', 'data_sharing', 'conditional opt_in'],
    ['We share your data with partners if you agree.', 'data_sharing', 'conditional opt_in'],
  ])('%s (%s) is %s', (text, category, expected) => {
    expect(stanceOf(text, category)).toEqual([expected]);
  });
});
