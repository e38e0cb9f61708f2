// A list's lead-in says nothing the list items do not: reworded, added or dropped, it is a wording edit, unless it
// brings or takes away a right.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { INTRO, snapshot, type C } from './helpers';

const ITEM: C = { section: '3.1 Marketing', text: 'Send you promotional messages about our products.' };

describe('lead-ins', () => {
  it('a reworded lead-in with a new section number is a wording edit', () => {
    const before: C = { section: '3.1 Marketing', text: '3.1 Marketing. For example to:' };
    const after: C = { section: '2.1 Marketing', text: '2.1 Marketing. We may process this information to:' };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, before, ITEM]),
      snapshot([INTRO, after, ITEM]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits.map((c) => c.after)).toEqual([after.text]);
  });

  it('a lead-in added over a right the document gave already is a wording edit', () => {
    const share: C = {
      section: '4. Sharing',
      text: 'We share your information with our service providers.',
      f: [['data_sharing', 'grant', 'medium']],
    };
    const lead: C = {
      section: '4. Sharing',
      text: 'We may share your information with:',
      f: [['data_sharing', 'grant', 'medium']],
    };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, share]), snapshot([INTRO, lead, share]));
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });

  it('a lead-in that brings a new right is reported', () => {
    const lead: C = {
      section: '4. Sharing',
      text: 'We may sell your information to:',
      f: [['data_sale', 'grant', 'high']],
    };
    const { changes } = diffWithWordingEdits(snapshot([INTRO, ITEM]), snapshot([INTRO, lead, ITEM]));
    expect(changes).toMatchObject([{ type: 'added', category: 'data_sale', right: 'new' }]);
  });

  it('a lead-in that turns negative, or a long sentence ending in a colon, is reported', () => {
    const may: C = { section: '5', text: 'We may use the information you give us to:' };
    const never: C = { section: '5', text: 'We will never use the information you give us to:' };
    expect(diffWithWordingEdits(snapshot([INTRO, may, ITEM]), snapshot([INTRO, never, ITEM])).changes).toHaveLength(1);
    const long: C = {
      section: '5',
      text: 'To help facilitate bookings or other interactions between members, we may need to share certain information such as:',
    };
    expect(diffWithWordingEdits(snapshot([INTRO, ITEM]), snapshot([INTRO, long, ITEM])).changes).toHaveLength(1);
  });
});
