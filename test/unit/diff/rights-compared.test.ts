// Rights, not clauses, as the change report stands: a restated right moved to another section is a wording edit; a
// right newly taken or dropped, a stance flipped, a licence widened, a right given more strongly, to someone else or
// to a new kind of recipient, and a term or number gained by a reworded clause whose right stays, are reported.
// (A clause that only says again a right the other version gives, in words another of its clauses says, stays
// reported: see repeated.test.ts, "a sentence with a finding is reported".)
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import type { Finding } from '../../../src/core/types';
import { ACCOUNT, FEES, INTRO, LAW, reportedAndEdits, snapshot, type C } from './helpers';

const SHARE_OLD: C = {
  section: '4. Sharing',
  text: 'We share your personal information with our advertising partners to show you relevant ads.',
  f: [['data_sharing', 'grant', 'medium']],
};
// The same right, said in another section of a new edition, its terms in another order.
const SHARE_NEW: C = {
  section: '9. Your California Privacy Rights',
  text: 'To show you relevant ads, we share your personal information with our advertising partners.',
  f: [['data_sharing', 'grant', 'medium']],
};
const LICENCE: C = {
  section: '6. Your Content',
  text: 'You grant Acme a worldwide, royalty-free licence to host and display the content you post.',
  f: [['content_licence', 'grant', 'high']],
};

describe('rights held on both sides', () => {
  it('a restated right moved to another section is a wording edit, not a change', () => {
    const { reported, edits } = reportedAndEdits([INTRO, SHARE_OLD, FEES, LAW], [INTRO, FEES, LAW, SHARE_NEW]);
    expect(reported).toEqual([]);
    expect(edits).toEqual(expect.arrayContaining([SHARE_OLD.text, SHARE_NEW.text]));
  });

  it('a right newly taken is reported as new', () => {
    const { changes } = diffWithWordingEdits(
      snapshot([INTRO, ACCOUNT, LAW]),
      snapshot([INTRO, ACCOUNT, SHARE_NEW, LAW]),
    );
    expect(changes).toEqual([expect.objectContaining({ type: 'added', category: 'data_sharing', right: 'new' })]);
  });

  it('the last statement of a right removed is reported as removed', () => {
    const { changes } = diffWithWordingEdits(snapshot([INTRO, SHARE_OLD, LAW]), snapshot([INTRO, LAW]));
    expect(changes).toEqual([expect.objectContaining({ type: 'removed', category: 'data_sharing', right: 'removed' })]);
  });

  it('a stance flipped from opt-in to grant is reported, even when another clause grants it', () => {
    const optIn: C = {
      section: '4. Sharing',
      text: 'We share your personal information with advertising partners only if you opt in.',
      f: [['data_sharing', 'conditional', 'medium']],
    };
    const granted: C = { ...optIn, text: 'We share your personal information with advertising partners.' };
    granted.f = [['data_sharing', 'grant', 'medium']];
    const { changes } = diffWithWordingEdits(
      snapshot([INTRO, optIn, SHARE_NEW, LAW]),
      snapshot([INTRO, granted, SHARE_NEW, LAW]),
    );
    expect(changes).toEqual([
      expect.objectContaining({ type: 'modified', stanceBefore: 'conditional', stanceAfter: 'grant', impact: 'worse' }),
    ]);
  });

  it('an opt-in dropped while another clause still asks for consent is reported when the clause now grants', () => {
    const optIn: C = {
      section: '9. Your California Privacy Rights',
      text: 'We will not disclose personal data to marketing partners unless you opt in.',
      f: [['data_sharing', 'conditional', 'medium']],
    };
    const { changes } = diffWithWordingEdits(snapshot([INTRO, optIn, LAW]), snapshot([INTRO, SHARE_NEW, LAW]));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]).toMatchObject({ impact: 'worse' });
  });

  it('a licence widened in a new clause is reported, though the licence was already given', () => {
    const wider: C = {
      section: '12. Licence to Acme',
      text: 'This licence is perpetual and irrevocable and covers any and all media, including your name, likeness and voice.',
      f: [['content_licence', 'grant', 'high']],
    };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, LICENCE, LAW]),
      snapshot([INTRO, LICENCE, LAW, wider]),
    );
    expect(changes).toEqual([expect.objectContaining({ type: 'added', category: 'content_licence', impact: 'worse' })]);
    expect(wordingEdits).toEqual([]);
  });

  it('a right said more strongly than anywhere before is reported', () => {
    const stronger: C = { ...SHARE_NEW, f: [['data_sharing', 'grant', 'high']] };
    const { reported } = reportedAndEdits([INTRO, SHARE_OLD, LAW], [INTRO, SHARE_OLD, LAW, stronger]);
    expect(reported).toEqual([stronger.text]);
  });

  it('a right given to someone else than before is reported', () => {
    const before = snapshot([INTRO, SHARE_OLD, LAW]);
    const after = snapshot([INTRO, SHARE_OLD, LAW, SHARE_NEW]);
    after.findings = after.findings.map((f): Finding => (f.clauseId === 'c3' ? { ...f, actor: 'third_party' } : f));
    const { changes } = diffWithWordingEdits(before, after);
    expect(changes.map((c) => c.after)).toEqual([SHARE_NEW.text]);
  });

  it('a new kind of recipient for a right already given is reported', () => {
    const brokers: C = {
      section: '9. Your California Privacy Rights',
      text: 'We share your personal information with data brokers.',
      f: [['data_sharing', 'grant', 'medium']],
    };
    const { reported } = reportedAndEdits([INTRO, SHARE_OLD, LAW], [INTRO, SHARE_OLD, LAW, brokers]);
    expect(reported).toEqual([brokers.text]);
  });

  it('a reworded clause that gains a term or changes a number is reported, though the right stays', () => {
    const keep: C = {
      section: '8. Retention',
      text: 'We retain your personal information for 30 days to comply with our legal obligations.',
      f: [['retention', 'grant', 'medium']],
    };
    const wider: C = {
      ...keep,
      text: 'We retain your personal information for 30 days to comply with our legal and tax obligations.',
    };
    const longer: C = {
      ...keep,
      text: 'We retain your personal information for 90 days to comply with our legal obligations.',
    };
    for (const after of [wider, longer])
      expect(reportedAndEdits([INTRO, keep, LAW], [INTRO, after, LAW]).reported).toContain(after.text);
  });

  it('a clause with no finding is left to the other tests', () => {
    const note: C = { section: '14. Changes', text: 'Please check this page periodically for changes.' };
    const { reported } = reportedAndEdits([INTRO, LAW], [INTRO, LAW, note]);
    expect(reported).toEqual([note.text]);
  });
});
