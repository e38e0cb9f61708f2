// A company renamed throughout, with a notice of the rename, says the same terms under the new name; a name replaced
// without a notice (a legal framework replaced by another), or in one clause only, is still a change.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { INTRO, snapshot, type C } from './helpers';

const CLAUSES = [
  'Oath may share aggregated information with its advertising partners.',
  'You can contact the Oath privacy team about your rights at any time.',
  'Oath keeps your account information while your account is open.',
];
const rename = (text: string, from: string, to: string): string => text.split(from).join(to);
const clauses = (texts: readonly string[]): C[] => texts.map((text, i) => ({ section: `${i + 2}.`, text }));

describe('names renamed throughout', () => {
  it('are wording edits when a clause announces the rename', () => {
    const notice: C = { section: '9. Notice', text: 'Oath is now Verizon Media: we are updating our name.' };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, ...clauses(CLAUSES), notice]),
      snapshot([INTRO, ...clauses(CLAUSES.map((t) => rename(t, 'Oath', 'Verizon Media'))), notice]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(3);
  });

  it('are changes without a notice, as a framework replaced by another is', () => {
    const texts = CLAUSES.map((t) => rename(t, 'Oath', 'Privacy Shield'));
    const { changes } = diffWithWordingEdits(
      snapshot([INTRO, ...clauses(texts)]),
      snapshot([INTRO, ...clauses(texts.map((t) => rename(t, 'Privacy Shield', 'Data Privacy Framework')))]),
    );
    expect(changes).toHaveLength(3);
  });

  it('are changes when replaced in one clause only, or with another word changed beside the name', () => {
    const notice: C = { section: '9. Notice', text: 'Oath is now Verizon Media: we are updating our name.' };
    const once = diffWithWordingEdits(
      snapshot([INTRO, ...clauses(CLAUSES), notice]),
      snapshot([INTRO, ...clauses([rename(CLAUSES[0]!, 'Oath', 'Verizon Media'), ...CLAUSES.slice(1)]), notice]),
    );
    expect(once.changes).toHaveLength(1);
    const widened = CLAUSES.map((t) => rename(t, 'Oath', 'Verizon Media'));
    widened[0] = widened[0]!.replace('aggregated', 'personal');
    const beside = diffWithWordingEdits(
      snapshot([INTRO, ...clauses(CLAUSES), notice]),
      snapshot([INTRO, ...clauses(widened), notice]),
    );
    expect(beside.changes.map((c) => c.after)).toEqual([widened[0]]);
  });
});
