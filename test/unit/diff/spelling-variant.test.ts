// A page that switches from British to American spelling all at once is the other locale's variant: its own wordings
// are not reported, a change to a right still is. A revision that fixes one spelling is compared as usual.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { isSpellingVariant } from '../../../src/core/diff/spelling-variant';
import { INTRO, snapshot, type C } from './helpers';

const UK: C[] = [
  INTRO,
  { section: '2. Ads', text: 'We show personalised ads and you can turn off ad personalisation.' },
  { section: '3. Devices', text: 'Your device can recognise faces it has seen and analyse the sounds of your home.' },
  {
    section: '4. Updates',
    text: 'We provide security updates for at least 5 years from the date we start selling them.',
  },
];
const US: C[] = [
  INTRO,
  { section: '2. Ads', text: 'We show personalized ads and you can turn off ad personalization.' },
  { section: '3. Devices', text: 'Your device can recognize faces it has seen and analyze the sounds of your home.' },
  {
    section: '4. Updates',
    text: 'We provide security updates for at least five years starting when the device is first available in the US store.',
  },
];

describe('spelling variants', () => {
  it('tells a switch of spelling from a revision', () => {
    expect(isSpellingVariant(snapshot(UK).clauses, snapshot(US).clauses)).toBe(true);
    expect(isSpellingVariant(snapshot(US).clauses, snapshot(UK).clauses)).toBe(true);
    const oneFixed = UK.map((c, i) => (i === 2 ? { ...c, text: c.text.replace('recognise', 'recognize') } : c));
    expect(isSpellingVariant(snapshot(UK).clauses, snapshot(oneFixed).clauses)).toBe(false);
  });

  it("reports nothing of the other locale's wordings", () => {
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot(UK), snapshot(US));
    expect(changes).toEqual([]);
    expect(wordingEdits.map((c) => c.after)).toContain(US[3]!.text);
  });

  it('still reports a right the variant adds', () => {
    const sale: C = {
      section: '5. Sale',
      text: 'We sell your personal information to data brokers.',
      f: [['data_sale', 'grant', 'high']],
    };
    const { changes } = diffWithWordingEdits(snapshot(UK), snapshot([...US, sale]));
    expect(changes.map((c) => c.after)).toEqual([sale.text]);
  });
});
