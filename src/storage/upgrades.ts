// One upgrade step per schema version. Steps run inside the versionchange transaction, which commits as soon as
// nothing is pending on it: only IndexedDB requests may be awaited here (hence the synchronous SHA-256).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { normalizeText } from '../core/normalize/text';
import { normalizeUrl } from '../core/normalize/url';
import { sha256HexSync } from '../core/normalize/sha256';
import { siteOf } from '../core/normalize/site';
import { packClauses } from '../core/clause-pack';
import type {
  DocumentRecord,
  StoredVersion,
  TermwatchSchema,
  TermwatchSchemaV1,
  V1PageRecord,
  V1SnapshotRecord,
  V2DocumentRecord,
  V2VersionRecord,
} from './schema';
import { recordBytes } from './schema';
import {
  analysisProblem,
  asDocument,
  asStoredVersion,
  clauseProblem,
  documentProblem,
  v2VersionProblem,
} from './validate';

// The versionchange transaction spans every store, old and new, so it is typed loosely across schema versions.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** v1: pages by raw URL, snapshots by raw-text hash. */
export function upgradeToV1(db: IDBPDatabase<TermwatchSchemaV1>): void {
  db.createObjectStore('pages', { keyPath: 'url' });
  const snapshots = db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
  snapshots.createIndex('by-url', 'url');
}

function createV2Stores(db: AnyDb): void {
  const v2 = db as unknown as IDBPDatabase<TermwatchSchema>;
  v2.createObjectStore('documents', { keyPath: 'key' });
  const versions = v2.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
  versions.createIndex('by-document', 'documentKey');
  versions.createIndex('by-document-hash', ['documentKey', 'hash']);
  versions.createIndex('by-first-seen', 'firstSeen');
}

function validSnapshot(s: unknown): s is V1SnapshotRecord {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Record<string, unknown>;
  return (
    typeof r.url === 'string' &&
    typeof r.text === 'string' &&
    typeof r.capturedAt === 'number' &&
    Array.isArray(r.clauses) &&
    r.clauses.every((c) => clauseProblem(c) === null) &&
    analysisProblem(r.analysis) === null
  );
}

/**
 * v2: documents keyed by canonical URL (pages reached by several URLs merge), versions identified by the hash of the
 * normalised text (consecutive v1 snapshots differing only in noise merge), per-version lastSeen, visit and size data.
 * Malformed v1 snapshots are skipped: they could not be shown before either.
 */
export async function upgradeToV2(db: AnyDb, tx: AnyTx): Promise<void> {
  createV2Stores(db);
  // A fresh profile (or a v1 that never got its stores) has nothing to migrate.
  if (!db.objectStoreNames.contains('pages') || !db.objectStoreNames.contains('snapshots')) return;
  const pages = (await tx.objectStore('pages').getAll()) as V1PageRecord[];
  const snapshots = ((await tx.objectStore('snapshots').getAll()) as unknown[]).filter(validSnapshot);
  const pageByUrl = new Map(pages.map((p) => [p.url, p]));
  const groups = new Map<string, V1SnapshotRecord[]>();
  for (const s of snapshots) {
    const key = normalizeUrl(s.url);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const documents = tx.objectStore('documents' as StoreNames<unknown>);
  const versions = tx.objectStore('versions' as StoreNames<unknown>);
  for (const [key, group] of groups) {
    group.sort((a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0));
    const merged: Array<Omit<V2VersionRecord, 'id' | 'bytes'>> = [];
    for (const s of group) {
      const hash = sha256HexSync(normalizeText(s.text));
      const prev = merged[merged.length - 1];
      if (prev && prev.hash === hash) {
        prev.lastSeen = s.capturedAt;
        continue;
      }
      const title = pageByUrl.get(s.url)?.title ?? '';
      merged.push({
        documentKey: key,
        hash,
        title,
        text: s.text,
        clauses: s.clauses,
        analysis: s.analysis,
        firstSeen: s.capturedAt,
        lastSeen: s.capturedAt,
      });
    }
    let totalBytes = 0;
    let latestVersionId: number | null = null;
    for (const v of merged) {
      const bytes = recordBytes(v);
      totalBytes += bytes;
      latestVersionId = (await versions.add({ ...v, bytes })) as number;
    }
    const latest = group[group.length - 1]!;
    const page = pageByUrl.get(latest.url);
    const groupPages = group.map((s) => pageByUrl.get(s.url)).filter((p): p is V1PageRecord => p !== undefined);
    const doc: V2DocumentRecord = {
      key,
      url: latest.url,
      kind: page?.kind ?? 'other',
      title: page?.title ?? merged[merged.length - 1]!.title,
      firstSeen: Math.min(group[0]!.capturedAt, ...groupPages.map((p) => p.firstSeen)),
      lastSeen: Math.max(latest.capturedAt, ...groupPages.map((p) => p.lastSeen)),
      lastVisitAt: null,
      latestVersionId,
      versionCount: merged.length,
      totalBytes,
    };
    await documents.put(doc);
  }
  db.deleteObjectStore('snapshots');
  db.deleteObjectStore('pages');
}

/**
 * v3: each version stores its text once, with clauses as offsets into it (clause-pack.ts), and only its known fields
 * (an import could once store anything next to them); each document records its site, indexed, for per-site budgets.
 * Damaged records are left exactly as they are: the history page shows them as damaged and can delete them. The site
 * budgets are applied by the next save of each site, not here: an upgrade never deletes history.
 */
export async function upgradeToV3(_db: AnyDb, tx: AnyTx): Promise<void> {
  const documents = tx.objectStore('documents' as StoreNames<unknown>);
  documents.createIndex('by-site' as never, 'site');
  const bytesByDocument = new Map<string, number>();
  for (
    let cursor = await tx.objectStore('versions' as StoreNames<unknown>).openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    if (v2VersionProblem(cursor.value)) continue;
    const v = cursor.value as V2VersionRecord;
    const draft: Omit<StoredVersion, 'id' | 'bytes'> = {
      documentKey: v.documentKey,
      hash: v.hash,
      title: v.title,
      text: v.text,
      clauses: packClauses(v.text, v.clauses),
      analysis: v.analysis,
      firstSeen: v.firstSeen,
      lastSeen: v.lastSeen,
    };
    const bytes = recordBytes(draft);
    await cursor.update({ id: v.id, ...draft, bytes });
    bytesByDocument.set(v.documentKey, (bytesByDocument.get(v.documentKey) ?? 0) + bytes);
  }
  for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as V2DocumentRecord;
    if (typeof old !== 'object' || old === null || typeof old.key !== 'string') continue;
    const doc: DocumentRecord = {
      key: old.key,
      site: siteOf(old.key),
      url: old.url,
      kind: old.kind,
      title: old.title,
      firstSeen: old.firstSeen,
      lastSeen: old.lastSeen,
      lastVisitAt: old.lastVisitAt,
      latestVersionId: old.latestVersionId,
      versionCount: old.versionCount,
      totalBytes: bytesByDocument.get(old.key) ?? 0,
    };
    if (documentProblem(doc)) continue;
    await cursor.update(doc);
  }
}

/**
 * v4: each version is written again as the one record schema reads it (core/report/schema.ts): findings of analysers
 * before the actor was reported get the service as actor, fields no schema knows are dropped. An analysis made under
 * one user's settings keeps its findings and stays marked as such (no `coverage`): it is shown as it was, and
 * analysed again at every setting before it is compared. Damaged records are left as they are, as in v3.
 */
export async function upgradeToV4(_db: AnyDb, tx: AnyTx): Promise<void> {
  const bytesByDocument = new Map<string, number>();
  for (
    let cursor = await tx.objectStore('versions' as StoreNames<unknown>).openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const v = asStoredVersion(cursor.value);
    if (!v) continue;
    const { id, bytes: _old, ...draft } = v;
    const bytes = recordBytes(draft);
    await cursor.update({ id, ...draft, bytes });
    bytesByDocument.set(v.documentKey, (bytesByDocument.get(v.documentKey) ?? 0) + bytes);
  }
  const documents = tx.objectStore('documents' as StoreNames<unknown>);
  for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
    const doc = asDocument(cursor.value);
    if (doc) await cursor.update({ ...doc, totalBytes: bytesByDocument.get(doc.key) ?? 0 });
  }
}

/** Runs every step from oldVersion up to the current version, in order. */
export async function runUpgrades(db: AnyDb, tx: AnyTx, oldVersion: number): Promise<void> {
  if (oldVersion < 1) upgradeToV1(db as unknown as IDBPDatabase<TermwatchSchemaV1>);
  if (oldVersion < 2) await upgradeToV2(db, tx);
  if (oldVersion < 3) await upgradeToV3(db, tx);
  if (oldVersion < 4) await upgradeToV4(db, tx);
}
