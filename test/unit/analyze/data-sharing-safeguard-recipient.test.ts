// A safeguard for transfers abroad in a unit that names who receives them (GUIDE D13, D13a "the recipient"): a limit
// on the recipients, restrict. Sentences written for these tests, not taken from the gold; the near misses are a unit
// that shares as well (D2: grant), one that names no recipient (left to its section), the service as the importer,
// its liability for onward transfers (D8) and the user's copy of the safeguards.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: a transfer safeguard that names the recipients', () => {
  it.each([
    'For transfers of personal data outside the EEA, we use the Standard Contractual Clauses with the recipient.',
    'Where we transfer personal data to countries that lack an adequacy decision, we sign the Standard Contractual Clauses with the data importer.',
    'In these cases your personal data is protected by the operators entering into the EU standard contractual clauses for the transfer.',
    'The standard contractual clauses govern transfers from Acme to its subprocessors.',
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
  ])('not a limit on named recipients: %s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });
});
