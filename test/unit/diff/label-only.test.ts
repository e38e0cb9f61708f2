// A section label joined to a sentence in one version only is layout; a leading condition or qualifier added or
// dropped ("With your consent, we share …" → "We share …") is a term and is reported. Every shape is checked both ways.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { onlyLabelChanged } from '../../../src/core/diff/label-only';
import { INTRO, LAW, snapshot, type C } from './helpers';

const LABELS: Array<[string, string]> = [
  ['5.5.1 Legitimate Business Interests. We may retain your data for audits.', 'We may retain your data for audits.'],
  ['Retention: We may retain your data for audits.', 'We may retain your data for audits.'],
  ['Use of Cookies. We may retain your data for audits.', 'We may retain your data for audits.'],
  ['DATA RETENTION We may retain your data for audits.', 'We may retain your data for audits.'],
  ['Data Security We protect your data with encryption.', 'We protect your data with encryption.'],
  ['Commercial information: Records of products you purchased.', 'Records of products you purchased.'],
];

const CONDITIONS: Array<[string, string]> = [
  ['With your consent, we share your location with advertisers.', 'We share your location with advertisers.'],
  ['If you opt in, we sell your browsing history to data brokers.', 'We sell your browsing history to data brokers.'],
  ['In anonymised form, we share your health data with researchers.', 'We share your health data with researchers.'],
  ['With your consent we share your location with advertisers.', 'We share your location with advertisers.'],
  ['Customers on fast plans, services may be provided in a range.', 'Services may be provided in a range.'],
  ['The claim must be signed and a copy of it sent to us.', 'A copy of it sent to us.'],
  // A subject that ends on a small word is no heading run in: another party becomes the service.
  ['Partners of Acme may send you marketing emails.', 'Acme may send you marketing emails.'],
  ['Resellers for Acme may change the fees.', 'Acme may change the fees.'],
];

describe('onlyLabelChanged', () => {
  for (const [long, short] of LABELS)
    it(`a label: ${long.slice(0, 30)}… (both ways)`, () => {
      expect(onlyLabelChanged(long, short)).toBe(true);
      expect(onlyLabelChanged(short, long)).toBe(true);
    });
  for (const [long, short] of CONDITIONS)
    it(`a condition, not a label: ${long.slice(0, 30)}… (both ways)`, () => {
      expect(onlyLabelChanged(long, short)).toBe(false);
      expect(onlyLabelChanged(short, long)).toBe(false);
    });
});

describe('a leading condition added or dropped, in a version', () => {
  const WITH: C = {
    section: '5. Your data',
    text: CONDITIONS[0]![0],
    f: [['data_sharing', 'conditional', 'low']],
  };
  const WITHOUT: C = { section: '5. Your data', text: CONDITIONS[0]![1], f: [['data_sharing', 'grant', 'medium']] };
  for (const [b, a, way] of [
    [WITH, WITHOUT, 'dropped'],
    [WITHOUT, WITH, 'added'],
  ] as const)
    it(`is reported (${way})`, () => {
      const { changes } = diffWithWordingEdits(snapshot([INTRO, b, LAW]), snapshot([INTRO, a, LAW]));
      expect(changes).toHaveLength(1);
      expect(changes[0]!.category).toBe('data_sharing');
    });

  it('a label that changes the findings is reported too', () => {
    const b: C = { section: '5. Retention', text: LABELS[0]![0], f: [['retention', 'grant', 'low']] };
    const a: C = { section: '5. Retention', text: LABELS[0]![1], f: [['retention', 'grant', 'high']] };
    expect(diffWithWordingEdits(snapshot([INTRO, b, LAW]), snapshot([INTRO, a, LAW])).changes).toHaveLength(1);
  });

  it('a label with the same findings is not reported (near miss, both ways)', () => {
    const f: C['f'] = [['retention', 'grant', 'medium']];
    const b: C = { section: '5. Retention', text: LABELS[0]![0], f };
    const a: C = { section: '5. Retention', text: LABELS[0]![1], f };
    expect(diffWithWordingEdits(snapshot([INTRO, b, LAW]), snapshot([INTRO, a, LAW])).changes).toEqual([]);
    expect(diffWithWordingEdits(snapshot([INTRO, a, LAW]), snapshot([INTRO, b, LAW])).changes).toEqual([]);
  });

  it('a label that is the heading the sentence sits under is a wording edit, whatever the findings (both ways)', () => {
    const section = '10.3 Interest-Based Advertising Choices';
    const b: C = {
      section,
      text: 'Interest-Based Advertising Choices: You also have choices about the ads you see.',
      f: [['tracking', 'conditional', 'low']],
    };
    const a: C = { section, text: 'You also have choices about the ads you see.' };
    for (const [x, y] of [
      [b, a],
      [a, b],
    ] as const) {
      const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, x, LAW]), snapshot([INTRO, y, LAW]));
      expect(changes).toEqual([]);
      expect(wordingEdits).toHaveLength(1);
    }
    // The same label under another heading is read as the clause's words: reported.
    const elsewhere = (c: C): C => ({ ...c, section: '10. Your choices' });
    expect(
      diffWithWordingEdits(snapshot([INTRO, elsewhere(b), LAW]), snapshot([INTRO, elsewhere(a), LAW])).changes,
    ).toHaveLength(1);
  });
});
