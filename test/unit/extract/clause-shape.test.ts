// A line with a subject and a verb is a clause (it states what is done); a topic is not, whatever acts it names.
import { describe, expect, it } from 'vitest';
import { endsOpen, statesClause } from '../../../src/core/extract/clause-shape';

describe('statesClause', () => {
  it.each([
    '7. We may change these Terms at any time without notice to you',
    '2. We may sell your personal information to data brokers',
    'We may share your information with our advertising partners',
    'We may share Personal Information where necessary',
    'You may not interfere with the Services in any way, such as by accessing the',
    'Acme may terminate your account at any time without notice',
    'The Acme Group companies may receive your data',
    'Without a legal basis, we may not process your personal data.',
    'We don’t want more Personal Information',
    'We’re not responsible if you share your own Personal Information',
    'We sell your browsing data to advertisers',
  ])('clause: %s', (text) => {
    expect(statesClause(text)).toBe(true);
  });

  it.each([
    'When we share your information',
    '4. How we use cookies',
    'If you live in the United States',
    'Information we collect if you’re under 13 years old',
    'Information you may provide to us',
    'Right to Opt Out of Selling or Sharing Your Personal Information',
    'Information retained until your Account is deleted',
    'We and our partners',
    'Effective 1 May 2024',
    // Title Case is a title's style, whatever its grammar.
    'We May Share Your Information With Partners',
    'About and with whom we share your personal data.',
    'Cookies that we use or used by our service providers;',
    '5. Who can access your information',
    'Which information may be shared with third parties',
    'Who should read this policy',
  ])('topic: %s', (text) => {
    expect(statesClause(text)).toBe(false);
  });
});

describe('endsOpen', () => {
  it.each([
    ['You may not interfere with the Services in any way, such as by accessing the', true],
    ['We may share your information with our partners and', true],
    ['Disclosure of', true],
    ['When we share your information', false],
    // A preposition may end a title ("Who we share your data with").
    ['Who we share your data with', false],
    ['Fees, if any', false],
  ] as const)('%s → %s', (text, open) => {
    expect(endsOpen(text)).toBe(open);
  });
});
