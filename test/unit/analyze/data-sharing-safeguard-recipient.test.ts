// A safeguard for transfers abroad in a unit that names who receives them (GUIDE D13, D13a "the recipient"): a limit
// on the recipients, restrict. Sentences written for these tests, not taken from the gold; the near misses are a unit
// that shares as well (D2: grant), one that names no recipient (left to its section), the service as the importer,
// its liability for onward transfers (D8) and the user's complaint; an agent's own permission or liability stays a
// limit.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: a transfer safeguard that names the recipients', () => {
  it.each([
    'For transfers of personal data outside the EEA, we use the Standard Contractual Clauses with the recipient.',
    'Where we transfer personal data to countries that lack an adequacy decision, we sign the Standard Contractual Clauses with the data importer.',
    'In these cases your personal data is protected by the operators entering into the EU standard contractual clauses for the transfer.',
    'The standard contractual clauses govern transfers from Acme to its subprocessors.',
    // An agent's own permission to transfer, and its own liability, are still limited by the safeguard.
    'Our subprocessors may transfer personal data outside the EEA only under the standard contractual clauses.',
    'Our subprocessors are bound by the standard contractual clauses for any transfer, and they remain liable to us for their staff.',
  ])('restrict: %s', (text) => {
    expect(sharing(text)).toBe('restrict');
  });

  it.each([
    ['We share your data with our service providers in the United States under standard contractual clauses.', 'grant'],
    ['For transfers from the EEA to other countries, we rely on standard contractual clauses.', '-'],
    [
      'Where we act as the data importer, transfers from our customers to us rely on the standard contractual clauses.',
      '-',
    ],
    [
      'Under the Data Privacy Framework, we remain liable for onward transfers to third parties acting as our agents.',
      '-',
    ],
    // The service as the importer: data coming in (D13a).
    ['We act as data importer under the standard contractual clauses for transfers from our customers.', '-'],
    [
      'As the data importer, Acme relies on the standard contractual clauses for transfers from its business partners.',
      '-',
    ],
    [
      'Acme acts as the data importer and signs the standard contractual clauses with customers who transfer personal data to it.',
      '-',
    ],
    // The service's liability for what its agents receive (D8).
    ['Under the standard contractual clauses, Acme remains liable for onward transfers to its vendors.', '-'],
    [
      'Acme remains fully liable for its subprocessors that receive transfers under the standard contractual clauses.',
      '-',
    ],
    // The user's complaint (D13).
    ['You may lodge a complaint about transfers to our vendors under the standard contractual clauses.', '-'],
  ])('not a limit on named recipients: %s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });
});
