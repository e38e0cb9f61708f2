// A clause reworded in place whose rights other clauses of both versions state, in words its section already says,
// is a wording edit; a reach the section never spoke of, a stance changed, a negation or number changed, a right the
// clause alone gives, or a heading the other version lacks keeps it reported.
import { describe, expect, it } from 'vitest';
import { INTRO, LAW, reportedAndEdits, type C } from './helpers';

const SECTION = '4. Sharing';
const LEAD: C = {
  section: SECTION,
  text: 'We share information with advertising partners, market research firms and analytics companies for our programs.',
  f: [['data_sharing', 'grant', 'medium']],
};
const OLD: C = {
  section: SECTION,
  text: 'We may share your device identifiers with these partners to measure our campaigns.',
  f: [['data_sharing', 'grant', 'low']],
};
const compare = reportedAndEdits;

describe('same rights, reworded in place', () => {
  it('naming recipients the section already names is a wording edit', () => {
    const now: C = {
      ...OLD,
      text: 'We may share your device identifiers with advertising partners, market research firms and analytics companies to measure our campaigns.',
      f: [['data_sharing', 'grant', 'medium']],
    };
    const { reported, edits } = compare([INTRO, LEAD, OLD, LAW], [INTRO, LEAD, now, LAW]);
    expect(edits).toContain(now.text);
    expect(reported).not.toContain(now.text);
  });

  const reportedCases: Array<[string, C[], C]> = [
    [
      'a recipient the section never named',
      [INTRO, LEAD, OLD, LAW],
      {
        ...OLD,
        text: 'We may share your device identifiers with these partners and with data brokers to measure our campaigns.',
      },
    ],
    [
      'a stance changed on the same category',
      [INTRO, LEAD, OLD, LAW],
      {
        ...OLD,
        text: 'We may share your device identifiers with these partners to measure our campaigns, unless you opt out.',
        f: [['data_sharing', 'conditional', 'low']],
      },
    ],
    [
      'a negation added',
      [INTRO, LEAD, OLD, LAW],
      { ...OLD, text: 'We may not share your device identifiers with these partners to measure our campaigns.' },
    ],
    [
      'a number added',
      [INTRO, LEAD, OLD, LAW],
      {
        ...OLD,
        text: 'We may share your device identifiers with these partners to measure our campaigns for 30 days.',
      },
    ],
  ];
  for (const [name, before, now] of reportedCases)
    it(`${name}: reported`, () => {
      const after = before.map((c) => (c === OLD ? now : c));
      expect(compare(before, after).reported).toContain(now.text);
    });

  it('a right no other clause gives stays reported', () => {
    const now: C = {
      ...OLD,
      text: 'We may share your device identifiers with analytics companies to measure our campaigns.',
    };
    const { reported } = compare([INTRO, OLD, LAW], [INTRO, now, LAW]);
    expect(reported).toContain(now.text);
  });

  it('under a heading the other version does not have, it stays reported', () => {
    const now: C = {
      ...OLD,
      section: '5. Our partners',
      text: 'We may share your device identifiers with advertising partners to measure our campaigns.',
    };
    const lead: C = { ...LEAD, section: '5. Our partners' };
    const { reported } = compare([INTRO, LEAD, OLD, LAW], [INTRO, lead, now, LAW]);
    expect(reported).toContain(now.text);
  });
});
