// Settings apply when a report is shown: one analysis at every sensitivity, filtered by the view, shows exactly what an
// analysis under those settings finds (so the stored record does not depend on the user's settings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClauses, analyzeText } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import { DEFAULT_VIEW, findingsShown, viewOf } from '../../../src/core/report/view';
import { CATEGORY_IDS, SENSITIVITIES } from '../../../src/core/types';

const dir = join(__dirname, '..', '..', 'fixtures', 'terms');
const texts = ['zoom-tos-2023-08-07.md', 'grammarly-privacy-2026-08-15-snapshot.md'].map((f) =>
  readFileSync(join(dir, f), 'utf8'),
);
texts.push(
  'We use Matomo and Segment for this purpose. We may transfer your personal data to servers in other countries. ' +
    'We use your viewing history to improve our recommendation systems. We do not sell your data.',
);

describe('one analysis at every sensitivity, filtered when shown', () => {
  it.each(texts.map((t, i) => [i, t] as const))(
    'document %i: each view equals an analysis made under it',
    (_i, text) => {
      const clauses = textToClauses(text);
      const every = analyzeClauses(clauses, { sensitivity: 'every' }).findings;
      const strip = (fs: typeof every): unknown[] => fs.map(({ shownFrom: _s, hiddenFrom: _h, ...f }) => f);
      for (const sensitivity of SENSITIVITIES) {
        const direct = analyzeClauses(clauses, { sensitivity }).findings;
        expect(strip(findingsShown(every, { categories: CATEGORY_IDS, sensitivity }))).toEqual(direct);
        const some = CATEGORY_IDS.filter((_c, k) => k % 2 === 0);
        expect(strip(findingsShown(every, { categories: some, sensitivity }))).toEqual(
          analyzeClauses(clauses, { sensitivity, categories: some }).findings,
        );
      }
    },
  );

  it('marks a weak signal as shown from high, and a low-severity finding from normal', () => {
    // Rules only: the model reads "Matomo and Segment" as tracking at every sensitivity (documents above).
    const every = analyzeText('We use Matomo and Segment for this purpose. We use Google Analytics for this.', {
      sensitivity: 'every',
      model: 'off',
    }).findings;
    expect(every.map((f) => [f.clauseId, f.category, f.shownFrom])).toEqual([
      ['c0', 'tracking', 'high'],
      ['c1', 'data_sharing', 'normal'],
      ['c1', 'tracking', 'normal'],
    ]);
  });

  it('recomputes the grade from the findings shown: a category turned off leaves the grade', () => {
    const text = readFileSync(join(dir, 'zoom-tos-2023-08-07.md'), 'utf8');
    const analysis = analyzeText(text, { sensitivity: 'every' });
    const doc = { isLegal: true, wordCount: 5000 };
    const all = viewOf(analysis, doc, DEFAULT_VIEW);
    const noAi = viewOf(analysis, doc, {
      ...DEFAULT_VIEW,
      categories: CATEGORY_IDS.filter((c) => c !== 'ai_training' && c !== 'content_licence'),
    });
    expect(noAi.findings.some((f) => f.category === 'ai_training')).toBe(false);
    expect(noAi.summary.counts.ai_training).toBe(0);
    expect(noAi.summary.score!).toBeGreaterThan(all.summary.score!);
  });
});
