// A document's history as Markdown and CSV: the changes of each pair, and its same-effect wording edits listed apart.
import { describe, expect, it } from 'vitest';
import {
  diffWithWordingEdits,
  historyReportToCsv,
  historyReportToMarkdown,
  HISTORY_CSV_COLUMNS,
  wordingEditsJson,
  type HistoryReportInput,
} from '../../../src/core/diff';
import { FEES, INTRO, ML_GRANT, snapshot } from './helpers';

const REWORDED = { ...FEES, text: 'You agree to pay all the charges for the subscription you select.' };

function input(): HistoryReportInput {
  const pair = (
    before: Parameters<typeof snapshot>[0],
    after: Parameters<typeof snapshot>[0],
    from: number,
    to: number,
  ): HistoryReportInput['reports'][number] => {
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot(before), snapshot(after));
    return {
      fromHash: String(from).repeat(64),
      toHash: String(to).repeat(64),
      fromFirstSeen: Date.UTC(2024, from, 1),
      toFirstSeen: Date.UTC(2024, to, 1),
      changes,
      wordingEdits: wordingEditsJson(wordingEdits),
    };
  };
  return {
    document: { url: 'https://example.com/terms', title: 'Example *Terms*', kind: 'terms' },
    reports: [
      pair([INTRO, FEES], [INTRO, ML_GRANT, FEES], 1, 2),
      pair([INTRO, ML_GRANT, FEES], [INTRO, ML_GRANT, REWORDED], 2, 3),
    ],
  };
}

describe('historyReportToMarkdown', () => {
  it('gives each pair its changes, and a pair of wording edits only no change but a same-effect list', () => {
    const md = historyReportToMarkdown(input());
    expect(md).toContain('# History of Example \\*Terms\\*');
    const [first, second] = md.split(/^## /m).slice(1);
    expect(first).toMatch(/^2024-02-01 → 2024-03-01/);
    expect(first).toContain('- New: AI / machine-learning training grant in §10.4');
    expect(first).not.toContain('Wording edits');
    expect(second).toContain('No change to what the terms say.');
    expect(second).toContain('### Wording edits, same effect (1)');
    expect(second).toContain('- Reworded in §3: added "the"');
  });
});

describe('historyReportToCsv', () => {
  it('has one row per change and per wording edit, the edits marked "same effect"', () => {
    const csv = historyReportToCsv(input());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(HISTORY_CSV_COLUMNS.join(','));
    const effect = HISTORY_CSV_COLUMNS.indexOf('effect');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.filter((r) => r[effect] === 'same effect')).toHaveLength(1);
    expect(rows.filter((r) => r[effect] === 'change').length).toBeGreaterThan(0);
    const edit = lines.find((l) => l.includes('same effect'))!;
    expect(edit).toContain('2024-03-01,2024-04-01');
    expect(edit.endsWith(`,${FEES.text},${REWORDED.text}`)).toBe(true);
  });
});
