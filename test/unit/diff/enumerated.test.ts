// A list numbered inline in one version and set as a lead-in and items in the other is a wording edit; a word changed
// in an item, an item left out or moved away, or a right the items read otherwise stays reported.
import { describe, expect, it } from 'vitest';
import { INTRO, LAW, reportedAndEdits, type C } from './helpers';

const S = '9. Your rights';
const INLINE: C = {
  section: S,
  text: 'These rights include (1) to obtain a copy of your personal data that we store; (2) to request that we update your personal data if it is inaccurate; and (3) to lodge a complaint with your data protection authority.',
};
const LEAD: C = { section: S, text: 'These rights include:' };
const ITEMS: C[] = [
  { section: S, text: 'To obtain a copy of your personal data that we store;' },
  { section: S, text: 'To request that we update your personal data if it is inaccurate.' },
  { section: S, text: 'To lodge a complaint with your data protection authority.' },
];
const ELSEWHERE: C = { section: '12. Security', text: 'We protect your information with encryption at rest.' };

describe('a list numbered inline, set apart as items', () => {
  it('cut into a lead-in and items in the same words is a wording edit', () => {
    const { reported, edits } = reportedAndEdits([INTRO, INLINE, LAW], [INTRO, LEAD, ...ITEMS, LAW]);
    expect(reported).toEqual([]);
    expect(edits).toContain(INLINE.text);
  });

  it('items joined into a list numbered inline is a wording edit', () => {
    const { reported } = reportedAndEdits([INTRO, LEAD, ...ITEMS, LAW], [INTRO, INLINE, LAW]);
    expect(reported).toEqual([]);
  });

  it('cut apart in a new edition that moved it among other changes is a wording edit', () => {
    const { reported } = reportedAndEdits([INTRO, INLINE, ELSEWHERE, LAW], [INTRO, ELSEWHERE, LAW, LEAD, ...ITEMS]);
    expect(reported).not.toContain(INLINE.text);
  });

  it('an item with a word changed is reported', () => {
    const changed = { section: S, text: 'To request that we update your personal data if it is incomplete.' };
    const { reported } = reportedAndEdits([INTRO, INLINE, LAW], [INTRO, LEAD, ITEMS[0]!, changed, ITEMS[2]!, LAW]);
    expect(reported).toContain(INLINE.text);
  });

  it('an item left out is reported', () => {
    const { reported } = reportedAndEdits([INTRO, INLINE, LAW], [INTRO, LEAD, ITEMS[0]!, ITEMS[2]!, LAW]);
    expect(reported).toContain(INLINE.text);
  });

  it('an item set apart from the others is reported', () => {
    const { reported } = reportedAndEdits(
      [INTRO, INLINE, ELSEWHERE, LAW],
      [INTRO, LEAD, ITEMS[0]!, ITEMS[1]!, ELSEWHERE, ITEMS[2]!, LAW],
    );
    expect(reported).toContain(INLINE.text);
  });

  it('a condition joining two items is not a seam ("unless" is no conjunction of items)', () => {
    const inline: C = {
      section: S,
      text: 'We may (a) keep your messages for a year unless (b) you delete your account.',
    };
    const { reported } = reportedAndEdits(
      [INTRO, inline, LAW],
      [
        INTRO,
        { section: S, text: 'We may keep your messages for a year.' },
        { section: S, text: 'You delete your account.' },
        LAW,
      ],
    );
    expect(reported).toContain(inline.text);
  });

  it('a right the items read otherwise than the inline list is reported', () => {
    const inline: C = {
      section: '5. Sharing',
      text: 'We share your data with (a) our affiliates; (b) our payment processors; and (c) advertising partners.',
      f: [['data_sharing', 'grant', 'high']],
    };
    const items: C[] = [
      { section: '5. Sharing', text: 'We share your data with:' },
      { section: '5. Sharing', text: 'our affiliates;' },
      { section: '5. Sharing', text: 'our payment processors;' },
      { section: '5. Sharing', text: 'advertising partners.' },
    ];
    const { reported } = reportedAndEdits([INTRO, inline, LAW], [INTRO, ...items, LAW]);
    expect(reported).toContain(inline.text);
    const withRight = items.map((c, i) => (i === 3 ? { ...c, f: inline.f } : c));
    expect(reportedAndEdits([INTRO, inline, LAW], [INTRO, ...withRight, LAW]).reported).toEqual([]);
  });
});
