// Enforcing HistoryLimits inside a write transaction, for one site at a time: a write for one site never evicts
// another site's versions.
import type { DocumentRecord, StoredVersion } from './schema';
import { HistoryFullError } from './errors';
import type { HistoryLimits } from './limits';
import { asDocument, asStoredVersion } from './validate';
import type { WriteTx } from './write';

/** Newest first: the order of history everywhere (imports may add old versions with high ids). */
export function newestFirst(
  a: Pick<StoredVersion, 'firstSeen' | 'id'>,
  b: Pick<StoredVersion, 'firstSeen' | 'id'>,
): number {
  return b.firstSeen - a.firstSeen || b.id - a.id;
}

const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function storedVersionsOf(tx: WriteTx, documentKey: string): Promise<StoredVersion[]> {
  return (await tx.objectStore('versions').index('by-document').getAll(documentKey))
    .map(asStoredVersion)
    .filter((v): v is StoredVersion => v !== null);
}

/** Recomputes a document's derived fields from its stored versions; deletes it when none are left. */
export async function refreshDocument(tx: WriteTx, doc: DocumentRecord): Promise<DocumentRecord | null> {
  const versions = await storedVersionsOf(tx, doc.key);
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

interface Entry {
  id: number;
  documentKey: string;
  firstSeen: number;
  bytes: number;
  newestOfDocument: boolean;
}

export interface EnforceOptions {
  /** Also bring the whole history under maxTotalBytes, from this site's versions only. Default true. */
  checkTotal?: boolean;
}

/**
 * Brings `site` within the limits by dropping its own versions, never one in `keep`: versions beyond the per-document
 * cap; whole documents beyond the per-site document cap (least recently seen first); then the oldest versions until
 * the site's bytes fit its budget and the whole history fits the total — versions that are not their document's
 * newest first, newest ones (whole documents) only if that is not enough. Throws HistoryFullError when the kept
 * versions alone do not fit: the caller's transaction then aborts and nothing changes. Returns how many were dropped.
 */
export async function enforceLimits(
  tx: WriteTx,
  limits: HistoryLimits,
  site: string,
  keep: ReadonlySet<number>,
  opts: EnforceOptions = {},
): Promise<number> {
  const documents = tx.objectStore('documents');
  const versionsStore = tx.objectStore('versions');
  const allDocs = (await documents.getAll()).map(asDocument).filter((d): d is DocumentRecord => d !== null);
  const siteDocs = allDocs.filter((d) => d.site === site);
  const otherBytes = allDocs.filter((d) => d.site !== site).reduce((n, d) => n + d.totalBytes, 0);
  const byDocument = new Map<string, Entry[]>();
  for (const doc of siteDocs) {
    const versions = (await storedVersionsOf(tx, doc.key)).sort(newestFirst);
    byDocument.set(
      doc.key,
      versions.map((v, i) => ({
        id: v.id,
        documentKey: doc.key,
        firstSeen: v.firstSeen,
        bytes: v.bytes,
        newestOfDocument: i === 0,
      })),
    );
  }
  const gone = new Set<number>();
  const touched = new Set<string>();
  const drop = async (e: Entry): Promise<void> => {
    await versionsStore.delete(e.id);
    gone.add(e.id);
    touched.add(e.documentKey);
  };

  for (const entries of byDocument.values()) {
    for (const e of entries.slice(limits.maxVersionsPerDocument)) if (!keep.has(e.id)) await drop(e);
  }

  const holdsKept = (key: string): boolean => byDocument.get(key)!.some((e) => keep.has(e.id));
  const docsLeft = siteDocs.filter((d) => byDocument.get(d.key)!.some((e) => !gone.has(e.id)));
  if (docsLeft.length > limits.maxDocumentsPerSite) {
    const droppable = docsLeft.filter((d) => !holdsKept(d.key)).sort((a, b) => a.lastSeen - b.lastSeen);
    for (const doc of droppable.slice(0, docsLeft.length - limits.maxDocumentsPerSite)) {
      for (const e of byDocument.get(doc.key)!) if (!gone.has(e.id)) await drop(e);
    }
  }

  const live = [...byDocument.values()].flat().filter((e) => !gone.has(e.id));
  let siteBytes = live.reduce((n, e) => n + e.bytes, 0);
  const checkTotal = opts.checkTotal ?? true;
  const over = (): boolean =>
    siteBytes > limits.maxBytesPerSite || (checkTotal && otherBytes + siteBytes > limits.maxTotalBytes);
  const oldestFirst = (a: Entry, b: Entry): number => a.firstSeen - b.firstSeen || a.id - b.id;
  const candidates = [
    ...live.filter((e) => !e.newestOfDocument && !keep.has(e.id)).sort(oldestFirst),
    ...live.filter((e) => e.newestOfDocument && !keep.has(e.id)).sort(oldestFirst),
  ];
  for (const e of candidates) {
    if (!over()) break;
    await drop(e);
    siteBytes -= e.bytes;
  }
  if (siteBytes > limits.maxBytesPerSite) {
    throw new HistoryFullError(
      `this version alone takes ${MB(siteBytes)} of history, more than the ${MB(limits.maxBytesPerSite)} one site may keep.`,
    );
  }
  if (checkTotal && otherBytes + siteBytes > limits.maxTotalBytes) {
    throw new HistoryFullError(
      `the history is full (${MB(limits.maxTotalBytes)}) and other sites' versions are never deleted to make room; delete documents you no longer need on the history page.`,
    );
  }

  for (const key of touched)
    await refreshDocument(
      tx,
      siteDocs.find((d) => d.key === key)!,
    );
  return gone.size;
}
