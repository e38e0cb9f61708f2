// A sentence of prose the other version says word for word, said once more or once less, is a wording edit; a
// sentence that differs by a word, points out of itself, carries a finding, or is an item under another lead-in stays
// reported.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { selfContained } from '../../../src/core/diff/repeated';
import { FEES, INTRO, LAW, reportedAndEdits, snapshot, type C } from './helpers';

const HELP: C = {
  section: '9. Your rights',
  text: 'You can submit our privacy inquiry form if you need assistance with your request.',
};
const AT_END: C = { ...HELP, section: '14. Contact us' };

describe('prose repeated word for word', () => {
  it('a sentence said once more in another section is a wording edit', () => {
    const { reported, edits } = reportedAndEdits([INTRO, HELP, LAW], [INTRO, HELP, LAW, AT_END]);
    expect(edits).toContain(HELP.text);
    expect(reported).toEqual([]);
  });

  it('a sentence said once less is a wording edit', () => {
    const { reported, edits } = reportedAndEdits([INTRO, HELP, LAW, AT_END], [INTRO, HELP, LAW]);
    expect(edits).toContain(HELP.text);
    expect(reported).toEqual([]);
  });

  it('the same sentence with a word changed is reported', () => {
    const other = {
      ...AT_END,
      text: 'You can submit our privacy inquiry form if you need assistance with your refund.',
    };
    const { reported } = reportedAndEdits([INTRO, HELP, LAW], [INTRO, HELP, LAW, other]);
    expect(reported).toContain(other.text);
  });

  it('a sentence that points out of itself is reported (a new notice may speak of other data)', () => {
    const kept: C = {
      section: '4. Retention',
      text: 'We keep this information for as long as your account stays open.',
    };
    const again: C = { ...kept, section: '15. Loyalty programme' };
    const { reported } = reportedAndEdits([INTRO, kept, LAW], [INTRO, kept, LAW, again]);
    expect(reported).toContain(again.text);
  });

  it('a sentence with a finding is reported', () => {
    const shared: C = {
      section: '5. Sharing',
      text: 'We share your purchase history with advertising partners.',
      f: [['data_sharing', 'grant', 'high']],
    };
    const { reported } = reportedAndEdits(
      [INTRO, shared, LAW],
      [INTRO, shared, LAW, { ...shared, section: '16. Shop' }],
    );
    expect(reported).toContain(shared.text);
  });

  it('a list item repeated under another lead-in is reported; under the same lead-in it is a wording edit', () => {
    const item: C = {
      section: '30. Service terms',
      text: 'Acme licenses any Software to you under the Apache License.',
    };
    const run = (lead: string): string[] => {
      const before = snapshot([INTRO, FEES, item, LAW]);
      const after = snapshot([INTRO, FEES, item, LAW, item]);
      before.clauses[2]!.leads = ['For Acme Storage:'];
      after.clauses[2]!.leads = ['For Acme Storage:'];
      after.clauses[4]!.leads = [lead];
      return diffWithWordingEdits(before, after).changes.map((c) => c.after ?? '');
    };
    expect(run('For Acme Compute:')).toContain(item.text);
    expect(run('For Acme Storage:')).toEqual([]);
  });
});

describe('selfContained', () => {
  it('a demonstrative whose noun the sentence named before points within it', () => {
    expect(selfContained('Only the left column is legally binding (this column is just for clarity).')).toBe(true);
    expect(selfContained('We keep this information for a year.')).toBe(false);
    expect(selfContained('It is optional and you can turn it off.')).toBe(false);
    expect(selfContained('You can submit our privacy inquiry form if you need assistance.')).toBe(true);
  });

  it('words that take their meaning from elsewhere point out of it; a relative or conjunction "that" does not', () => {
    expect(selfContained('The same applies to information collected through our mobile apps.')).toBe(false);
    expect(selfContained('We delete that information after thirty days.')).toBe(false);
    expect(selfContained('Except as described here, you can request deletion at any time.')).toBe(false);
    expect(selfContained('Otherwise, you can request deletion of the information at any time.')).toBe(false);
    expect(selfContained('Information that we collect is stored in the European Union.')).toBe(true);
    expect(selfContained('You agree that the Terms govern your use of the Services.')).toBe(true);
    expect(selfContained('Cookies that are set by partners help us measure ads.')).toBe(true);
    // A noun in -is or -us after a demonstrative "that", and "that is" as a subject after "where" or a preposition.
    expect(selfContained('We may process your personal data on that basis for up to two years.')).toBe(false);
    expect(selfContained('Where that is the case, we will delete the data.')).toBe(false);
    expect(selfContained('Information that is collected by partners is stored in the European Union.')).toBe(true);
  });
});
