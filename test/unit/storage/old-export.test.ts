// A history file exported by an earlier Termwatch (analyser 1.5.0, findings without an actor, analysed under the
// user's settings of the time) still imports, reads as such, and compares after being analysed again.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compareVersions, getVersion, importHistory, listVersions } from '../../../src/storage';
import { ANALYSER_VERSION, analyzeClauses } from '../../../src/core/analyze';
import { analysisResultOf } from '../../../src/core/report/page-report';
import type { Clause } from '../../../src/core/types';
import { freshDb } from './helpers';

const OLD = JSON.parse(
  readFileSync(new URL('../../fixtures/history/termwatch-history-2025-old.json', import.meta.url), 'utf8'),
) as unknown;
const KEY = 'https://example.com/terms';
let db: Awaited<ReturnType<typeof freshDb>> | undefined;
afterEach(() => db?.close());

describe('an old history file (test/fixtures/history)', () => {
  it('imports, its findings read with the defaults of today (actor: service), marked as analysed under settings', async () => {
    db = await freshDb();
    expect(await importHistory(db, OLD, { now: Date.UTC(2025, 2, 1) })).toMatchObject({ addedVersions: 2 });
    const { items } = await listVersions(db, KEY);
    expect(items.map((v) => v.analyserVersion)).toEqual(['1.5.0', '1.5.0']);
    const oldest = (await getVersion(db, items[1]!.id))!;
    expect(oldest.analysis.coverage).toBeUndefined();
    expect(oldest.analysis.findings.map((f) => f.actor)).toEqual(['service', 'service']);
  });

  it('compares after both versions are analysed again at every setting', async () => {
    db = await freshDb();
    await importHistory(db, OLD, { now: Date.UTC(2025, 2, 1) });
    const reanalysis = {
      reanalyze: (c: Clause[]) =>
        analysisResultOf(analyzeClauses(c, { sensitivity: 'every' }), { isLegal: true, wordCount: 500 }, c),
      currentVersion: ANALYSER_VERSION,
    };
    const result = await compareVersions(db, KEY, undefined, undefined, reanalysis);
    expect(result?.newer.analyserVersion).toBe(ANALYSER_VERSION);
    expect(result?.changes.filter((c) => c.category === 'data_sale').map((c) => c.impact)).toEqual(['worse']);
    const { items } = await listVersions(db, KEY);
    expect((await getVersion(db, items[0]!.id))!.analysis.coverage).toBe('all-settings');
  });
});
