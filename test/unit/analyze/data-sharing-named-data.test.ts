// The user's data named by what it is ("your name and email") is user data to the data_sharing rules, and compliance
// with a framework's principles for onward transfers binds the recipients (GUIDE D13, D2); neither reads the user's
// own sharing, a denial, data coming in or the service's liability as a disclosure.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

/** The data_sharing stance[:condition] of one sentence at the default sensitivity ('-' for none). */
function sharing(text: string): string {
  const f = analyzeText(text).findings.find((x) => x.category === 'data_sharing' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : '-';
}

describe('data named by what it is', () => {
  it.each([
    ['We may disclose your name and email to Acme.', 'grant'],
    ['We may share your username with our partners.', 'grant'],
    ['With your consent, we may disclose your name and email to Acme to let you leave a review.', 'conditional:opt_in'],
    ['We do not share your name with advertisers.', 'restrict'],
    // The user's own act, data coming to the service, the service writing to the user: no disclosure.
    ['You may share your name with other users.', '-'],
    ['Please provide your name and email address to us.', '-'],
    ['We will send you an email when your order ships.', '-'],
    ['We may disclose the name of the third party to you.', '-'],
    // "Name" alone is no data: a party "referred to by name".
    ['Nothing in these Terms confers on any third party (whether referred to by name or otherwise) any benefit.', '-'],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('compliance with principles for onward transfers', () => {
  it.each([
    [
      'Acme complies with the EU-U.S. DPF Principles for all onward transfers of personal data from the EU, including the onward transfer liability provisions.',
      'restrict',
    ],
    ['Acme complies with the Privacy Shield Principles for all onward transfers of Personal Information.', 'restrict'],
    // Liability for the recipients' processing is procedure (GUIDE D8); the framework alone names no onward transfer.
    ['Acme acknowledges its potential liability in cases of onward transfers to Third Parties of Personal Data.', '-'],
    ['Acme complies with the EU-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce.', '-'],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});
