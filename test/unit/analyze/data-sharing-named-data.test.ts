// The user's data named by what it is ("your name and email") is user data to the data_sharing rules, and compliance
// with a framework's principles for onward transfers binds the recipients (GUIDE D13, D2); neither reads the user's
// own sharing, a denial, data coming in or the service's liability as a disclosure.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

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
    // Nor "email" alone, the verb or the channel; "your email" received is the user's message (GUIDE D4, D10, D11).
    ['We may disclose your email to Acme.', 'grant'],
    ['We may disclose your email and name to Acme.', 'grant'],
    ['Our partners may receive your email address.', 'grant'],
    [
      'We may transfer our rights and obligations under these Terms to another organisation, and we will email you if this happens.',
      '-',
    ],
    ['We may assign these Terms to an affiliate or to a buyer of our business, and we will notify you by email.', '-'],
    [
      'Once the buyer confirms delivery, the money will be transferred to the Seller and we will send you a confirmation email.',
      '-',
    ],
    ["Sellers can use email to reply to buyers' questions.", '-'],
    ['Third parties can access email support through our partner portal.', '-'],
    ['Third parties who receive your email are responsible for how they use it.', '-'],
    ['You can email the seller through our platform, and the seller will receive your email.', '-'],
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
    // Compliance as a noun, onward transfers beside the principles: pointers and jurisdiction (GUIDE D8).
    [
      'To learn more about our compliance with the Privacy Shield framework and onward transfers, visit the Privacy Shield website.',
      '-',
    ],
    [
      'Questions about our compliance with the DPF Principles or onward transfers may be sent to privacy@acme.example.',
      '-',
    ],
    ["The FTC has jurisdiction over Acme's compliance with the EU-U.S. DPF Principles and onward transfers.", '-'],
    ['We comply with the Privacy Shield Principles with respect to onward transfers of personal data.', 'restrict'],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});
