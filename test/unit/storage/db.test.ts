import { describe, expect, it, vi } from 'vitest';
import { wrap, type IDBPDatabase } from 'idb';
import { normalizeText, sha256HexSync } from '../../../src/core/normalize';
import {
  DatabaseBlockedError,
  DB_VERSION,
  getVersion,
  listDocuments,
  listVersions,
  openTermwatchDb,
  saveVersion,
} from '../../../src/storage';
import { recordBytes, type TermwatchSchemaV1, type V1SnapshotRecord } from '../../../src/storage/schema';
import { upgradeToV1, upgradeToV2 } from '../../../src/storage/upgrades';
import { analysisOf, clausesOf, freshFactory, input, V1_TEXT, V2_TEXT } from './helpers';

function snapshot(url: string, text: string, capturedAt: number): V1SnapshotRecord {
  const clauses = clausesOf(text);
  return { url, textHash: sha256HexSync(text), text, clauses, analysis: analysisOf(clauses), capturedAt };
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every page and snapshot, merging URL variants and noise-only snapshots', async () => {
    const factory = freshFactory();
    // Build a real v1 database with the v1 step, as an earlier Termwatch release left it.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('test', 1);
      req.onupgradeneeded = (): void => upgradeToV1(wrap(req.result) as unknown as IDBPDatabase<TermwatchSchemaV1>);
      req.onsuccess = (): void => resolve(req.result);
      req.onerror = (): void => reject(req.error);
    });
    const tx = raw.transaction(['pages', 'snapshots'], 'readwrite');
    tx.objectStore('pages').put({
      url: 'https://www.example.com/terms/',
      title: 'Terms',
      kind: 'terms',
      firstSeen: 900,
      lastSeen: 2500,
    });
    tx.objectStore('pages').put({
      url: 'https://example.com/terms?utm_source=mail',
      title: 'Terms',
      kind: 'terms',
      firstSeen: 1500,
      lastSeen: 1500,
    });
    tx.objectStore('pages').put({
      url: 'https://other.example/privacy',
      title: 'Privacy',
      kind: 'privacy',
      firstSeen: 100,
      lastSeen: 100,
    });
    tx.objectStore('snapshots').add(snapshot('https://www.example.com/terms/', V1_TEXT, 1000));
    // Same text, restamped date: v1 stored it again (raw hash differs); v2 merges it into the first version.
    tx.objectStore('snapshots').add(
      snapshot('https://example.com/terms?utm_source=mail', V1_TEXT.replace('March 1', 'March 5'), 1500),
    );
    tx.objectStore('snapshots').add(snapshot('https://www.example.com/terms/', V2_TEXT, 2500));
    tx.objectStore('snapshots').add(snapshot('https://other.example/privacy', 'We never sell data.', 100));
    tx.objectStore('snapshots').add({ url: 'https://broken.example', text: 7 } as unknown as V1SnapshotRecord);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    raw.close();

    const db = await openTermwatchDb({ factory, name: 'test' });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'versions']);
    const docs = await listDocuments(db);
    expect(docs.warnings).toEqual([]);
    expect(docs.items.map((d) => d.key).sort()).toEqual(['https://example.com/terms', 'https://other.example/privacy']);
    const terms = docs.items.find((d) => d.key === 'https://example.com/terms')!;
    expect(terms).toMatchObject({
      kind: 'terms',
      title: 'Terms',
      firstSeen: 900,
      lastSeen: 2500,
      versionCount: 2,
      lastVisitAt: null,
    });
    const versions = await listVersions(db, terms.key);
    expect(versions.items.map((v) => [v.firstSeen, v.lastSeen])).toEqual([
      [2500, 2500],
      [1000, 1500],
    ]);
    const newest = await getVersion(db, versions.items[0]!.id);
    expect(newest?.text).toBe(V2_TEXT);
    expect(newest?.clauses).toEqual(clausesOf(V2_TEXT));
    expect(newest?.analysis.findings).toHaveLength(1);
    // After the upgrade the migrated hashes work with new saves: the same text is not a new version.
    expect((await saveVersion(db, input(V2_TEXT, 3000))).isNewVersion).toBe(false);
    db.close();
  });

  it('creates the current schema on a fresh profile', async () => {
    const db = await openTermwatchDb({ factory: freshFactory(), name: 'fresh' });
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'versions']);
    expect([...db.transaction('versions').store.indexNames].sort()).toEqual([
      'by-document',
      'by-document-hash',
      'by-first-seen',
    ]);
    db.close();
  });
});

describe('schema upgrade v2 → v3', () => {
  /** A database as a v2 release left it, with `put` writing raw records behind the repository's back. */
  async function v2Database(factory: IDBFactory): Promise<IDBDatabase> {
    return new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('test', 2);
      req.onupgradeneeded = (): void => {
        const db = wrap(req.result) as unknown as IDBPDatabase<unknown>;
        upgradeToV1(db as unknown as IDBPDatabase<TermwatchSchemaV1>);
        void upgradeToV2(db, wrap(req.transaction!) as never);
      };
      req.onsuccess = (): void => resolve(req.result);
      req.onerror = (): void => reject(req.error);
    });
  }

  it('stores each text once, drops unknown fields, records the site, and leaves damaged records to be shown as damaged', async () => {
    const factory = freshFactory();
    const raw = await v2Database(factory);
    const clauses = clausesOf(V2_TEXT, ['1. Your content', '1.1 Licence']);
    const v2Version = {
      documentKey: 'https://example.com/terms',
      hash: sha256HexSync(normalizeText(V2_TEXT)),
      title: 'Terms',
      text: V2_TEXT,
      clauses,
      analysis: analysisOf(clauses),
      firstSeen: 1000,
      lastSeen: 2000,
      junk: 'x'.repeat(100_000),
    };
    const tx = raw.transaction(['documents', 'versions'], 'readwrite');
    tx.objectStore('versions').put({ id: 1, ...v2Version, bytes: recordBytes(v2Version) });
    tx.objectStore('versions').put({
      id: 2,
      documentKey: 'https://example.com/terms',
      hash: 'nope',
      text: null,
      firstSeen: 500,
    });
    tx.objectStore('documents').put({
      key: 'https://example.com/terms',
      url: 'https://www.example.com/terms',
      kind: 'terms',
      title: 'Terms',
      firstSeen: 1000,
      lastSeen: 2000,
      lastVisitAt: null,
      latestVersionId: 1,
      versionCount: 1,
      totalBytes: recordBytes(v2Version),
      extra: [1, 2, 3],
    });
    tx.objectStore('documents').put({ key: 'https://broken.example', url: 42 });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    raw.close();

    const db = await openTermwatchDb({ factory, name: 'test' });
    const docs = await listDocuments(db);
    expect(docs.items).toHaveLength(1);
    expect(docs.items[0]).toMatchObject({
      key: 'https://example.com/terms',
      site: 'https://example.com',
      versionCount: 1,
    });
    expect(docs.items[0]).not.toHaveProperty('extra');
    expect(docs.warnings.join()).toContain('broken.example');
    const versions = await listVersions(db, 'https://example.com/terms');
    expect(versions.items.map((v) => v.id)).toEqual([1]);
    expect(versions.warnings.join()).toMatch(/version record 2/);
    const migrated = (await getVersion(db, 1))!;
    expect(migrated.clauses).toEqual(clauses);
    expect(migrated.analysis).toEqual(v2Version.analysis);
    const stored = (await db.get('versions', 1)) as unknown as Record<string, unknown>;
    expect(stored).not.toHaveProperty('junk');
    expect((stored.clauses as { form: string }).form).toBe('offsets');
    const { junk: _junk, ...known } = v2Version;
    expect(migrated.bytes).toBeLessThan(recordBytes(known));
    expect(docs.items[0]!.totalBytes).toBe(migrated.bytes);
    // The same text saved again is the same version; a new one is stored packed too.
    expect((await saveVersion(db, input(V2_TEXT, 3000))).isNewVersion).toBe(false);
    db.close();
  });
});

describe('blocked upgrade', () => {
  it('calls onBlocked and fails with DatabaseBlockedError instead of waiting forever', async () => {
    const factory = freshFactory();
    // An old tab holding v1 open and ignoring versionchange.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open('test', 1);
      req.onupgradeneeded = (): void => upgradeToV1(wrap(req.result) as unknown as IDBPDatabase<TermwatchSchemaV1>);
      req.onsuccess = (): void => resolve(req.result);
    });
    const onBlocked = vi.fn();
    const error = await openTermwatchDb({ factory, name: 'test', onBlocked, blockedTimeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(DatabaseBlockedError);
    expect((error as Error).message).toMatch(new RegExp(`v1 → v${DB_VERSION}`));
    old.close();
    // Once the old tab lets go, the upgrade can run: a later open succeeds.
    const db = await openTermwatchDb({ factory, name: 'test' });
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('our own open connections step aside for an upgrade', async () => {
    const factory = freshFactory();
    const first = await openTermwatchDb({ factory, name: 'test' });
    // A higher version opened elsewhere: our connection closes itself on versionchange, so nothing blocks.
    const onBlocked = vi.fn();
    const next = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open('test', DB_VERSION + 1);
      req.onblocked = onBlocked;
      req.onsuccess = (): void => resolve(req.result);
    });
    expect(onBlocked).not.toHaveBeenCalled();
    next.close();
    first.close();
  });
});
