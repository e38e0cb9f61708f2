// GUIDE S1: the right to opt out of sales follows the document's own practice (sale-practice.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

/** The data_sale verdict of the document's last line, as the eval counts it (a mention is no verdict). */
function lastLineSale(lines: readonly string[]): string {
  const result = analyzeText(lines.join('\n'), { model: 'off' });
  const last = result.clauses.at(-1)!;
  const f = result.findings.find((x) => x.clauseId === last.id && x.category === 'data_sale');
  if (!f) return 'none';
  if (f.role) return `mention ${f.role}`;
  return f.stance === 'conditional' ? `conditional ${f.condition}` : f.stance;
}

const RIGHT = 'California residents may opt out of the sale of their personal information.';

describe('the opt-out of sales in the light of the document', () => {
  it.each<[string, readonly string[], string]>([
    ['alone, it is an opt-out', [RIGHT], 'conditional opt_out'],
    [
      'after a denial of sales, it explains the law',
      ['We do not sell your personal information.', RIGHT],
      'mention explanation',
    ],
    [
      'after a denial and a sale, it is an opt-out',
      ['We do not sell your contact details.', 'We may sell your browsing data to data brokers.', RIGHT],
      'conditional opt_out',
    ],
    [
      'the CCPA\'s "sharing" beside the sale is not settled by a denial of sales',
      [
        'We do not sell your personal information.',
        'You can ask that we do not sell or share your personal information.',
      ],
      'conditional opt_out',
    ],
    [
      "the right to ask that the service not sell is the law's right too",
      ['We do not sell your personal information.', 'You can ask that we do not sell your personal information.'],
      'mention explanation',
    ],
    [
      'a unit that denies the sale itself keeps its own stance',
      [
        'We do not sell your contact details.',
        'We do not sell your personal data, and we will not do so without giving you a chance to opt out of the sale of your data.',
      ],
      'conditional opt_out',
    ],
  ])('%s', (_name, lines, verdict) => {
    expect(lastLineSale(lines)).toBe(verdict);
  });
});
