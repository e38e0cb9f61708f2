// A negation counts only in the clause of the action word: a new subject after a comma or a conjunction, or the comma
// that ends a conditional lead-in ("If you don't …, the Service …"), ends its scope (issue #16).
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { parse, tokensOf } from '../../../src/core/analyze/nlp';
import { decideStance } from '../../../src/core/analyze/stance';
import type { CategoryId } from '../../../src/core/types';

/** decideStance at the first token whose normal form is `word`. */
const negatedAt = (text: string, word: string): boolean => {
  const tokens = tokensOf(parse(text));
  const anchor = tokens.findIndex((t) => t.normal === word);
  if (anchor < 0) throw new Error(`no "${word}" in "${text}"`);
  return decideStance(tokens, anchor, text).negated;
};

const stancesOf = (text: string, category: CategoryId): string[] => [
  ...new Set(matchClause(text, new Set([category])).map((h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`)),
];

describe('negation scope', () => {
  it.each<[string, string, boolean]>([
    // A new clause: a subject after ", and" or "and".
    ['Our website will not work properly without cookies, and we use them to show you ads.', 'use', false],
    ["We don't sell your data and we share it with advertisers.", 'share', false],
    // The negation is the condition's: the lead-in ends at its comma, whatever subject follows.
    ["If you don't like it and won't pay, we'll discontinue the Service.", 'discontinue', false],
    ['If your payment is not received, the Service may be suspended.', 'suspended', false],
    ['When cookies are not enabled, or are blocked, the site will use only essential storage.', 'use', false],
    // What already worked: a negation over a verb list, an aside, a negated subject, a negation after the lead-in.
    ['We do not sell, rent or share your data.', 'share', true],
    ['We will not, without your consent, share your data with advertisers.', 'share', true],
    ['We do not sell your data and will not share it.', 'share', true],
    ['No third party will sell your data.', 'sell', true],
    ['Unless you consent, we will not share your data.', 'share', true],
    ['If you ask us to, your data will not be shared.', 'shared', true],
    ['If we do not share your data, we delete it.', 'share', true],
    // A negation before the first bracketed enumerator governs every item of the list, past the semicolons.
    ['We will not (a) sell your data; (b) share your data with advertisers.', 'share', true],
    ['We may (a) keep your data; (b) share your data with advertisers.', 'share', false],
    // A "not" that opens a verbless aside between commas or dashes names who does not act.
    ['Our service provider – not Acme – collects your financial information.', 'collects', false],
    ['The seller, not us, receives your address.', 'receives', false],
    ['We do not share, not even with partners, your data.', 'share', true],
    ['The seller, not us, will not receive your address.', 'receive', true],
    // "our" after a bare conjunction starts a second object, not a clause.
    ["We do not use your content or our customers' content to train our AI models.", 'use', true],
    ['We do not allow advertisers or our partners to collect your personal data.', 'collect', true],
    // An item with a subject, a modal, "but" or a lead-in of its own is a clause, not the negated head's.
    ['We will not (i) sell your personal information, but (ii) we may share it with our partners.', 'share', false],
    [
      'The Company will not (i) sell your data; and (ii) the Company may share your data with affiliates.',
      'share',
      false,
    ],
    ['When you do not (a) log in for a year or (b) respond to our emails, we may sell your data.', 'sell', false],
    // "our …" after a comma and a conjunction, or with a modal close after it, is a subject.
    ['We do not sell your personal data, and our partners may share it with advertisers.', 'share', false],
    ["We don't sell your personal information and our service providers may share it.", 'share', false],
    // A pronoun that is an object, or a relative clause, later in an item leaves it under the list's negation.
    ['We will not (a) sell your data; or (b) use it to train AI models.', 'use', true],
    ['We will not (i) rent your data; or (ii) allow companies that we work with to sell your data.', 'sell', true],
    ["We do not use your content, or our users' content, to train AI models.", 'use', true],
    ['We do not sell your personal data, and our partners share it with advertisers for marketing.', 'share', false],
    ['We will not (a) sell your data; (b) some of our partners may share it with advertisers.', 'share', false],
    ['We will not (i) sell your data; (ii) in certain cases we may share it with advertisers.', 'share', false],
    ['We will not (a) sell your data; (b) share it with advertisers that may use it to train models.', 'train', true],
  ])('%s (at "%s") negated: %s', (text, word, negated) => {
    expect(negatedAt(text, word)).toBe(negated);
  });

  it.each<[string, CategoryId, string[]]>([
    ["If you don't like it and won't pay, we'll discontinue the Service.", 'terms_change', ['grant']],
    [
      'Some features will not work without cookies, and we use cookies to show you targeted ads.',
      'tracking',
      ['grant'],
    ],
    ['We do not sell, rent or share your personal data with advertisers.', 'data_sharing', ['restrict']],
    [
      'We will not, without your consent, share your personal data with advertisers.',
      'data_sharing',
      ['conditional opt_in'],
    ],
  ])('%s: %s %j', (text, category, stances) => {
    expect(stancesOf(text, category)).toEqual(stances);
  });
});
