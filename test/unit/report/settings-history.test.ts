// Two versions saved under different settings show no change the text did not make (issue 17): the analysis stored
// does not depend on the settings, and a record analysed under one user's settings before that is analysed again
// before it is compared.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeClauses, ANALYSER_VERSION } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import { compareVersions, saveVersion } from '../../../src/storage/history';
import { CATEGORY_IDS, type Clause } from '../../../src/core/types';
import { DEFAULT_VIEW } from '../../../src/core/report/view';
import { analysisResultOf } from '../../../src/core/report/page-report';
import { freshDb } from '../storage/helpers';

const BEFORE =
  'We use Matomo and Segment for this purpose. We may transfer your personal data to servers in other countries. ' +
  'We may sell your personal information to advertisers. We keep logs for a short time.';
const AFTER = `${BEFORE} You can contact us by post.`;
const URL_ = 'https://example.com/terms';
const doc = { isLegal: true, wordCount: 400 };

/** What the background stores now, whatever the user's settings: every category at every sensitivity. */
const analysedNow = (clauses: Clause[]): ReturnType<typeof analysisResultOf> =>
  analysisResultOf(analyzeClauses(clauses, { sensitivity: 'every' }), doc, clauses);
const save = (text: string, seenAt: number, analysis = analysedNow(textToClauses(text))) =>
  saveVersion(globalDb, {
    url: URL_,
    kind: 'terms',
    title: 'Terms',
    text,
    clauses: textToClauses(text),
    analysis,
    seenAt,
  });
const reanalysis = { reanalyze: (c: Clause[]) => analysedNow(c), currentVersion: ANALYSER_VERSION };
let globalDb: Awaited<ReturnType<typeof freshDb>>;

afterEach(() => globalDb?.close());

describe('versions saved under different settings', () => {
  it.each([
    ['high', { ...DEFAULT_VIEW, sensitivity: 'high' as const }],
    ['low, some categories', { categories: CATEGORY_IDS.slice(2), sensitivity: 'low' as const }],
  ])('show no change of rights when shown at %s', async (_label, view) => {
    globalDb = await freshDb();
    await save(BEFORE, 1000);
    await save(AFTER, 2000);
    const result = await compareVersions(globalDb, URL_, undefined, undefined, reanalysis, view);
    expect(result?.changes.filter((c) => c.category)).toEqual([]);
  });

  it('an old record analysed under sensitivity high, next to a new one, is analysed again: no change either', async () => {
    globalDb = await freshDb();
    // As the background stored it before: analysed under the user's settings of the time (high, every category).
    const { summary: _s, ...old } = analyzeClauses(textToClauses(BEFORE), { sensitivity: 'high' });
    await save(BEFORE, 1000, analysisResultOf(old, doc, textToClauses(BEFORE)));
    await save(AFTER, 2000);
    for (const view of [DEFAULT_VIEW, { ...DEFAULT_VIEW, sensitivity: 'low' as const }]) {
      const result = await compareVersions(globalDb, URL_, undefined, undefined, reanalysis, view);
      expect(result?.changes.filter((c) => c.category)).toEqual([]);
    }
  });
});
