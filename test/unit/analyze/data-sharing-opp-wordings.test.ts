// Wordings from privacy policies of another scheme's labelling (OPP-115's development half) that the GUIDE reads as
// data_sharing or not: a second recipient after a long name, a processor engaged in the perfect tense, and access taken
// against the service's will or a liability clause, which disclose nothing (GUIDE D1, D8, G4).
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing wordings from other policies', () => {
  it.each([
    [
      'Your IP address and the information you submit may be provided to both the Acme News site and the third parties.',
      'grant',
    ],
    [
      'Your personal information will be given to Acme Daily Times and to the third-party sponsor of the contest.',
      'grant',
    ],
    ['We will not disclose your entries to the Acme Daily Times staff or to any sponsor.', 'restrict'],
    [
      'We have engaged a third party service called Acme to provide us reports and analysis about usage of our site.',
      'grant',
    ],
    ['We engage a third party service called Acme to provide us reports about usage of our site.', 'grant'],
    // Another party's own group, the service's catalogue, sites reached by links: no outside recipient of user data.
    ['The account’s tax settings may be disclosed to the Bill-Source Account and its Organization.', '-'],
    ['Links to the Acme News site and to third-party websites are provided for convenience.', '-'],
    // Access the service does not give, and who answers for an engaged party's work.
    [
      'However, regardless of our efforts, it is possible that third parties may unlawfully intercept or access transmissions or private communications over an unsecured transmission.',
      '-',
    ],
    [
      'Inadvertent disclosures may result, for example, when third parties misrepresent their identities in asking the site for access to personally identifiable information about themselves.',
      '-',
    ],
    [
      'Where we have engaged a third party to perform part of the contract with you, we remain liable for its performance.',
      '-',
    ],
    ['It is shared only with our credit card processor in order to complete the transaction.', 'grant'],
    // A text that discloses its practices tells them.
    [
      'The following statement discloses the information gathering and dissemination practices for the Acme website.',
      '-',
    ],
    // A disclosure in the same clause keeps the grant.
    ['We share your data with advertisers, and third parties may illegally obtain it.', 'grant'],
    ['Where we engage a third party, we may share your data with it, and we remain liable for its acts.', 'grant'],
    // The liability, the unlawful taker or the practices beside a clause that passes data on (review 39e).
    [
      'Where we engage a third party to process your data, we share it with them under a written contract and remain responsible for their processing.',
      'grant',
    ],
    [
      'Where we use subprocessors, your personal data is disclosed to them under written contracts, and we remain fully liable for their performance.',
      'grant',
    ],
    [
      'We use a third-party fraud detection service, which receives your device and transaction data, to identify users who fraudulently obtain goods.',
      'grant',
    ],
    [
      'Acme may disclose your information to the authorities if we suspect that you have fraudulently obtained goods.',
      'grant',
    ],
    [
      'This privacy statement discloses the privacy practices for Acme; your information may be provided to our service providers to fulfil your orders.',
      'grant',
    ],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});
