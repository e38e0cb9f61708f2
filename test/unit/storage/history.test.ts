import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearHistory,
  compareVersions,
  CorruptRecordError,
  deleteDocument,
  ensureCurrentAnalysis,
  getDocument,
  getVersion,
  listDocuments,
  listVersions,
  markVisited,
  saveVersion,
  StorageFullError,
} from '../../../src/storage';
import { analysisOf, clausesOf, freshDb, input, V1_TEXT, V2_TEXT, V3_TEXT } from './helpers';

const KEY = 'https://example.com/terms';

afterEach(() => vi.restoreAllMocks());

describe('saveVersion', () => {
  it('stores a new version only when the normalised text changes', async () => {
    const db = await freshDb();
    const first = await saveVersion(db, input(V1_TEXT, 1000));
    expect(first).toMatchObject({
      documentKey: KEY,
      isNewVersion: true,
      previousVersionId: null,
      lastVisitAt: null,
      changedSinceLastVisit: false,
      droppedVersions: 0,
    });
    const noise = `Last updated 2 days ago\n${V1_TEXT.replace('March 1, 2023', 'March 9, 2023').replace(/ /g, '\u00A0 ')}\nWe use cookies. By clicking "Accept all" you agree to our use of cookies.\nAccept all`;
    const again = await saveVersion(db, input(noise, 2000, 'https://www.example.com/terms/#top'));
    expect(again).toMatchObject({ isNewVersion: false, versionId: first.versionId, previousVersionId: null });
    const second = await saveVersion(db, input(V2_TEXT, 3000));
    expect(second).toMatchObject({ isNewVersion: true, previousVersionId: first.versionId });
    const { items } = await listVersions(db, KEY);
    expect(items.map((v) => v.id)).toEqual([second.versionId, first.versionId]);
    expect(items[1]).toMatchObject({ firstSeen: 1000, lastSeen: 2000 });
    expect(items[0]).not.toHaveProperty('text');
    // The outcome names the saved version's hash and the document's version count, so nobody reads them all back.
    expect(second).toMatchObject({ hash: items[0]!.hash, versionCount: 2 });
    expect(again).toMatchObject({ hash: items[1]!.hash, versionCount: 1 });
    const doc = await getDocument(db, KEY);
    expect(doc).toMatchObject({ versionCount: 2, latestVersionId: second.versionId, firstSeen: 1000, lastSeen: 3000 });
  });

  it('leaves exactly one version when two tabs save the same page at once', async () => {
    const db = await freshDb();
    const outcomes = await Promise.all([
      saveVersion(db, input(V1_TEXT, 1000)),
      saveVersion(db, input(V1_TEXT, 1001)),
      saveVersion(db, input(V1_TEXT, 1002)),
    ]);
    expect(outcomes.filter((o) => o.isNewVersion)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.versionId)).size).toBe(1);
    expect((await listVersions(db, KEY)).items).toHaveLength(1);
    expect((await getDocument(db, KEY))?.versionCount).toBe(1);
  });

  it('reports changes since the last visit', async () => {
    const db = await freshDb();
    await saveVersion(db, input(V1_TEXT, 1000));
    await markVisited(db, KEY, 1500);
    expect(await saveVersion(db, input(V1_TEXT, 1800))).toMatchObject({
      lastVisitAt: 1500,
      changedSinceLastVisit: false,
    });
    expect(await saveVersion(db, input(V2_TEXT, 2000))).toMatchObject({
      isNewVersion: true,
      lastVisitAt: 1500,
      changedSinceLastVisit: true,
    });
  });
});

describe('limits', () => {
  it('drops the oldest versions of a document beyond the per-document cap', async () => {
    const db = await freshDb();
    const ids: number[] = [];
    let dropped = 0;
    for (let i = 0; i < 5; i++) {
      const o = await saveVersion(db, input(`${V1_TEXT} Revision ${i}.`, 1000 + i), {
        limits: { maxVersionsPerDocument: 3 },
      });
      ids.push(o.versionId);
      dropped += o.droppedVersions;
    }
    expect(dropped).toBe(2);
    expect((await listVersions(db, KEY)).items.map((v) => v.id)).toEqual(ids.slice(2).reverse());
    expect(await getVersion(db, ids[0]!)).toBeNull();
  });

  it("makes room under the total byte cap from the writing site's own versions only", async () => {
    const db = await freshDb();
    const a1 = await saveVersion(db, input(V1_TEXT, 1000, 'https://a.example/terms'));
    const b1 = await saveVersion(db, input(V1_TEXT, 1100, 'https://b.example/terms'));
    const a2 = await saveVersion(db, input(V2_TEXT, 1200, 'https://a.example/terms'));
    const perVersion = (await listVersions(db, 'https://a.example/terms')).items[0]!.bytes;
    // Room for about three versions: the fourth save must drop one. a1 is the oldest overall, but it is another
    // site's: b's own older version goes instead.
    const b2 = await saveVersion(db, input(V3_TEXT, 1300, 'https://b.example/terms'), {
      limits: { maxTotalBytes: perVersion * 3.2 },
    });
    expect(b2.droppedVersions).toBe(1);
    expect(await getVersion(db, b1.versionId)).toBeNull();
    for (const kept of [a1, a2, b2]) expect(await getVersion(db, kept.versionId)).not.toBeNull();
    const total = (await listDocuments(db)).items.reduce((n, d) => n + d.totalBytes, 0);
    expect(total).toBeLessThanOrEqual(perVersion * 3.2);
  });
});

describe('faults', () => {
  it('turns a quota error into StorageFullError and keeps the existing history', async () => {
    const db = await freshDb();
    const first = await saveVersion(db, input(V1_TEXT, 1000));
    const quota = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
    await expect(saveVersion(db, input(V2_TEXT, 2000))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    const { items } = await listVersions(db, KEY);
    expect(items.map((v) => v.id)).toEqual([first.versionId]);
    expect(await getDocument(db, KEY)).toMatchObject({ versionCount: 1, lastSeen: 1000 });
    expect((await getVersion(db, first.versionId))?.text).toBe(V1_TEXT);
  });

  it('skips corrupt records with a warning and keeps the rest readable', async () => {
    const db = await freshDb();
    const good = await saveVersion(db, input(V1_TEXT, 1000));
    await saveVersion(db, input(V1_TEXT, 1000, 'https://other.example/privacy'));
    // Written behind the repository's back, as a buggy or foreign writer would.
    const raw = db as unknown as { put(store: string, value: unknown): Promise<unknown> };
    await raw.put('documents', { key: 'https://broken.example', url: 42 });
    await raw.put('versions', { id: 999, documentKey: KEY, hash: 'nope', text: null, firstSeen: 5000 });
    const docs = await listDocuments(db);
    expect(docs.items.map((d) => d.key).sort()).toEqual([KEY, 'https://other.example/privacy']);
    expect(docs.warnings).toHaveLength(1);
    expect(docs.warnings[0]).toContain('broken.example');
    const versions = await listVersions(db, KEY);
    expect(versions.items.map((v) => v.id)).toEqual([good.versionId]);
    expect(versions.warnings[0]).toMatch(/999/);
    await expect(getVersion(db, 999)).rejects.toBeInstanceOf(CorruptRecordError);
    await expect(getDocument(db, 'https://broken.example')).rejects.toBeInstanceOf(CorruptRecordError);
    // Saving still works next to the corrupt records.
    expect((await saveVersion(db, input(V2_TEXT, 6000))).isNewVersion).toBe(true);
  });
});

describe('compareVersions and re-analysis', () => {
  it('compares the newest version with the one before by default', async () => {
    const db = await freshDb();
    await saveVersion(db, input(V1_TEXT, 1000));
    expect(await compareVersions(db, KEY)).toBeNull();
    const v2 = await saveVersion(db, input(V2_TEXT, 2000));
    const v3 = await saveVersion(db, input(V3_TEXT, 3000));
    const latest = await compareVersions(db, KEY);
    expect(latest?.older.id).toBe(v2.versionId);
    expect(latest?.newer.id).toBe(v3.versionId);
    expect(
      latest?.changes.map((c) => `${c.type}:${c.category}:${c.stanceBefore}->${c.stanceAfter}:${c.impact}`),
    ).toEqual(['modified:ai_training:grant->restrict:better']);
    const firstToSecond = await compareVersions(db, KEY, undefined, v2.versionId);
    expect(firstToSecond?.changes[0]).toMatchObject({
      type: 'added',
      category: 'ai_training',
      stanceAfter: 'grant',
      impact: 'worse',
    });
  });

  it('re-analyses stored versions made by an older analyser and persists the result', async () => {
    const db = await freshDb();
    const saved = await saveVersion(db, input(V2_TEXT, 1000));
    const version = (await getVersion(db, saved.versionId))!;
    expect(version.analysis.analyserVersion).toBe('test-1');
    const reanalyze = vi.fn((clauses: Parameters<typeof analysisOf>[0]) => analysisOf(clauses, 'test-2'));
    const updated = await ensureCurrentAnalysis(db, version, reanalyze, 'test-2');
    expect(updated.analysis.analyserVersion).toBe('test-2');
    expect((await getVersion(db, saved.versionId))?.analysis.analyserVersion).toBe('test-2');
    await ensureCurrentAnalysis(db, updated, reanalyze, 'test-2');
    expect(reanalyze).toHaveBeenCalledTimes(1);
  });

  it("re-analyses a record analysed under one user's settings (before every setting was analysed), same analyser or not", async () => {
    const db = await freshDb();
    const legacy = { ...input(V2_TEXT, 1000), analysis: analysisOf(clausesOf(V2_TEXT), 'test-1', true) };
    const saved = await saveVersion(db, legacy);
    const version = (await getVersion(db, saved.versionId))!;
    expect(version.analysis.coverage).toBeUndefined();
    const reanalyze = vi.fn((clauses: Parameters<typeof analysisOf>[0]) => analysisOf(clauses, 'test-1'));
    const updated = await ensureCurrentAnalysis(db, version, reanalyze, 'test-1');
    expect(updated.analysis.coverage).toBe('all-settings');
    expect((await getVersion(db, saved.versionId))?.analysis.coverage).toBe('all-settings');
    await ensureCurrentAnalysis(db, updated, reanalyze, 'test-1');
    expect(reanalyze).toHaveBeenCalledTimes(1);
  });

  it('compareVersions with an analyser brings both versions to the same analyser version', async () => {
    const db = await freshDb();
    await saveVersion(db, input(V1_TEXT, 1000));
    await saveVersion(db, input(V2_TEXT, 2000));
    const result = await compareVersions(db, KEY, undefined, undefined, {
      reanalyze: (c) => analysisOf(c, 'test-3'),
      currentVersion: 'test-3',
    });
    expect(result?.older.analyserVersion).toBe('test-3');
    expect(result?.newer.analyserVersion).toBe('test-3');
  });
});

describe('deleting', () => {
  it('deletes one document with its versions, or everything', async () => {
    const db = await freshDb();
    const a = await saveVersion(db, input(V1_TEXT, 1000));
    await saveVersion(db, input(V1_TEXT, 1000, 'https://b.example/terms'));
    await deleteDocument(db, KEY);
    expect(await getDocument(db, KEY)).toBeNull();
    expect(await getVersion(db, a.versionId)).toBeNull();
    expect((await listDocuments(db)).items).toHaveLength(1);
    await clearHistory(db);
    expect((await listDocuments(db)).items).toHaveLength(0);
  });
});
