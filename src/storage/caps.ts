// Enforcing HistoryLimits inside a write transaction: per-document version caps, then the total byte cap.
import type { DocumentRecord, VersionRecord } from './schema';
import type { HistoryLimits } from './limits';
import { asDocument, asVersion } from './validate';
import type { WriteTx } from './write';

/** Newest first: the order of history everywhere (imports may add old versions with high ids). */
export function newestFirst(a: Pick<VersionRecord, 'firstSeen' | 'id'>, b: Pick<VersionRecord, 'firstSeen' | 'id'>): number {
  return b.firstSeen - a.firstSeen || b.id - a.id;
}

/** Recomputes a document's derived fields from its stored versions; deletes it when none are left. */
export async function refreshDocument(tx: WriteTx, doc: DocumentRecord): Promise<DocumentRecord | null> {
  const versions = (await tx.objectStore('versions').index('by-document').getAll(doc.key)).map(asVersion).filter((v): v is VersionRecord => v !== null);
  if (versions.length === 0) {
    await tx.objectStore('documents').delete(doc.key);
    return null;
  }
  versions.sort(newestFirst);
  const next: DocumentRecord = {
    ...doc,
    latestVersionId: versions[0]!.id,
    versionCount: versions.length,
    totalBytes: versions.reduce((n, v) => n + v.bytes, 0),
    firstSeen: Math.min(doc.firstSeen, ...versions.map((v) => v.firstSeen)),
    lastSeen: Math.max(doc.lastSeen, ...versions.map((v) => v.lastSeen)),
  };
  await tx.objectStore('documents').put(next);
  return next;
}

/**
 * Drops the oldest versions until the limits hold; never a version in `keep`. Under the byte cap, versions that
 * are not their document's newest go first; newest ones (whole documents) only if that is not enough.
 * Returns how many versions were dropped.
 */
export async function enforceLimits(tx: WriteTx, limits: HistoryLimits, keep: ReadonlySet<number>): Promise<number> {
  let dropped = 0;
  const docs = new Map<string, DocumentRecord>();
  for (const raw of await tx.objectStore('documents').getAll()) {
    const doc = asDocument(raw);
    if (doc) docs.set(doc.key, doc);
  }
  const versionsStore = tx.objectStore('versions');
  const touched = new Set<string>();

  for (const doc of docs.values()) {
    if (doc.versionCount <= limits.maxVersionsPerDocument) continue;
    const ids = (await versionsStore.index('by-document').getAll(doc.key)).map(asVersion).filter((v): v is VersionRecord => v !== null).sort(newestFirst);
    for (const v of ids.slice(limits.maxVersionsPerDocument)) {
      if (keep.has(v.id)) continue;
      await versionsStore.delete(v.id);
      dropped++;
    }
    touched.add(doc.key);
  }
  for (const key of touched) {
    const refreshed = await refreshDocument(tx, docs.get(key)!);
    if (refreshed) docs.set(key, refreshed);
    else docs.delete(key);
  }

  let total = [...docs.values()].reduce((n, d) => n + d.totalBytes, 0);
  for (const allowNewest of [false, true]) {
    if (total <= limits.maxTotalBytes) break;
    let cursor = await versionsStore.index('by-first-seen').openCursor();
    while (cursor && total > limits.maxTotalBytes) {
      const v = asVersion(cursor.value);
      const doc = v ? docs.get(v.documentKey) : undefined;
      if (v && doc && !keep.has(v.id) && (allowNewest || doc.latestVersionId !== v.id)) {
        await cursor.delete();
        dropped++;
        total -= v.bytes;
        const refreshed = { ...doc, versionCount: doc.versionCount - 1, totalBytes: doc.totalBytes - v.bytes };
        docs.set(doc.key, refreshed);
        touched.add(doc.key);
      }
      cursor = await cursor.continue();
    }
    for (const key of touched) {
      const doc = docs.get(key);
      if (!doc) continue;
      const refreshed = await refreshDocument(tx, doc);
      if (refreshed) docs.set(key, refreshed);
      else docs.delete(key);
    }
  }
  return dropped;
}
