// Repository functions for document version history. Pure data in and out; the diff itself is core/diff.
import { diffWithWordingEdits, nearestVariant, type Change } from '../core/diff';

/** How many versions before the previous one a new version is matched against as possible variants of the page. */
const VARIANTS_KEPT = 4;
import { hashText, normalizeText, normalizeUrl } from '../core/normalize';
import { siteOf } from '../core/normalize/site';
import type { AnalysisResult, Clause } from '../core/types';
import type { TermwatchDb } from './db';
import { enforceLimits, newestFirst, refreshDocument } from './caps';
import { CorruptRecordError } from './errors';
import { packClauses } from '../core/clause-pack';
import { resolveLimits, type HistoryLimits } from './limits';
import { recordBytes, type DocumentRecord, type StoredVersion, type VersionRecord } from './schema';
import { asDocument, asStoredVersion, asVersion, documentProblem, versionProblem } from './validate';
import { writeTx } from './write';
import { DEFAULT_VIEW, findingsShown, viewOf, type ViewSettings } from '../core/report/view';
import { gradedDocumentOf, type PageReport } from '../core/report/page-report';

/** A page to save: its report's fields that a version keeps, with the page's full text (clauses are offsets into it). */
export interface SaveInput extends Pick<PageReport, 'url' | 'kind' | 'title' | 'clauses' | 'analysis' | 'seenAt'> {
  text: string;
}

export interface SaveOutcome {
  documentKey: string;
  /** The stored version this text belongs to (new or existing). */
  versionId: number;
  isNewVersion: boolean;
  /** The version before versionId in this document's history, if any. */
  previousVersionId: number | null;
  /** lastVisitAt as it was before this save (saving is not a visit: call markVisited when the user sees it). */
  lastVisitAt: number | null;
  /** The newest version appeared after the user's last visit. */
  changedSinceLastVisit: boolean;
  /** Versions of this site deleted by the history limits during this save: tell the user. */
  droppedVersions: number;
  /** Hash of the saved text (normalised), and how many versions the document has now. */
  hash: string;
  versionCount: number;
}

/** What lists show: a version without its text, clauses or findings. */
export interface VersionSummary {
  id: number;
  documentKey: string;
  hash: string;
  title: string;
  firstSeen: number;
  lastSeen: number;
  bytes: number;
  analyserVersion: string;
  findingCount: number;
  grade: AnalysisResult['summary']['grade'];
}

/** A stored record that does not have the expected shape: shown as damaged, never silently dropped. */
export interface DamagedRecord {
  /** The record's key (documents) or id (versions), as stored. */
  key: IDBValidKey;
  /** What is wrong, for people. */
  problem: string;
}

/** A list read from storage; malformed records are left out of `items`, listed in `damaged` and described in `warnings`. */
export interface ListResult<T> {
  items: T[];
  damaged: DamagedRecord[];
  warnings: string[];
}

/** `view`: the user's settings, which decide the findings counted and the grade (core/report/view.ts). */
export function summarizeVersion(v: StoredVersion | VersionRecord, view: ViewSettings = DEFAULT_VIEW): VersionSummary {
  const shown = view === DEFAULT_VIEW ? v.analysis : viewOf(v.analysis, gradedDocumentOf(v.analysis, v.text), view);
  return {
    id: v.id,
    documentKey: v.documentKey,
    hash: v.hash,
    title: v.title,
    firstSeen: v.firstSeen,
    lastSeen: v.lastSeen,
    bytes: v.bytes,
    analyserVersion: v.analysis.analyserVersion,
    findingCount: shown.findings.length,
    grade: shown.summary.grade,
  };
}

/**
 * Records that the page was seen with this text. A new version is stored only when the normalised text differs
 * from the document's newest version; otherwise that version's lastSeen moves. One transaction, so concurrent saves
 * of the same text (two tabs) leave one version. A new version makes room within its own site's budget only; throws
 * HistoryFullError when it cannot fit that way, StorageFullError when the browser quota is hit (nothing changes).
 */
export async function saveVersion(
  db: TermwatchDb,
  input: SaveInput,
  opts: { limits?: Partial<HistoryLimits> } = {},
): Promise<SaveOutcome> {
  const limits = resolveLimits(opts.limits);
  const documentKey = normalizeUrl(input.url);
  const site = siteOf(documentKey);
  // Hash before the transaction opens: awaiting anything but IndexedDB inside it would let it commit early.
  const hash = await hashText(normalizeText(input.text));
  const draft: Omit<StoredVersion, 'id' | 'bytes'> = {
    documentKey,
    hash,
    title: input.title,
    text: input.text,
    clauses: packClauses(input.text, input.clauses),
    analysis: input.analysis,
    firstSeen: input.seenAt,
    lastSeen: input.seenAt,
  };
  const bytes = recordBytes(draft);

  return writeTx(db, async (tx) => {
    const documents = tx.objectStore('documents');
    const versions = tx.objectStore('versions');
    const stored = await documents.get(documentKey);
    const base: DocumentRecord = {
      key: documentKey,
      site,
      url: input.url,
      kind: input.kind,
      title: input.title,
      firstSeen: input.seenAt,
      lastSeen: input.seenAt,
      lastVisitAt: null,
      latestVersionId: null,
      versionCount: 0,
      totalBytes: 0,
    };
    let doc: DocumentRecord | null = stored && !documentProblem(stored) ? stored : null;
    // A corrupt document record is rebuilt from its versions rather than blocking every future save.
    if (stored !== undefined && !doc) doc = await refreshDocument(tx, base);
    doc ??= base;
    const lastVisitAt = doc.lastVisitAt;
    const latestRaw = doc.latestVersionId === null ? undefined : await versions.get(doc.latestVersionId);
    const latest = latestRaw && !versionProblem(latestRaw) ? latestRaw : null;

    let versionId: number;
    let isNewVersion: boolean;
    let droppedVersions = 0;
    if (latest && latest.hash === hash) {
      versionId = latest.id;
      isNewVersion = false;
      if (input.seenAt > latest.lastSeen) await versions.put({ ...latest, lastSeen: input.seenAt });
    } else {
      versionId = await versions.add({ ...draft, bytes } as StoredVersion);
      isNewVersion = true;
    }
    const updated: DocumentRecord = {
      ...doc,
      site,
      url: input.url,
      kind: input.kind,
      title: input.title,
      lastSeen: Math.max(doc.lastSeen, input.seenAt),
    };
    await documents.put(updated);
    await refreshDocument(tx, updated);
    if (isNewVersion) droppedVersions = await enforceLimits(tx, limits, site, new Set([versionId]));

    const history = (await versions.index('by-document').getAll(documentKey))
      .filter((v) => !versionProblem(v))
      .sort(newestFirst);
    const at = history.findIndex((v) => v.id === versionId);
    const newest = history[0];
    return {
      documentKey,
      versionId,
      isNewVersion,
      previousVersionId: at >= 0 ? (history[at + 1]?.id ?? null) : null,
      lastVisitAt,
      changedSinceLastVisit: lastVisitAt !== null && newest !== undefined && newest.firstSeen > lastVisitAt,
      droppedVersions,
      hash,
      versionCount: history.length,
    };
  });
}

export async function listDocuments(db: TermwatchDb): Promise<ListResult<DocumentRecord>> {
  const items: DocumentRecord[] = [];
  const damaged: DamagedRecord[] = [];
  const warnings: string[] = [];
  let cursor = await db.transaction('documents').store.openCursor();
  while (cursor) {
    const problem = documentProblem(cursor.value);
    if (problem) {
      damaged.push({ key: cursor.key, problem });
      warnings.push(`Skipped corrupt document record ${JSON.stringify(cursor.key)}: ${problem}`);
    } else items.push(cursor.value);
    cursor = await cursor.continue();
  }
  items.sort((a, b) => b.lastSeen - a.lastSeen);
  return { items, damaged, warnings };
}

/** The document record, null when absent; throws CorruptRecordError when it is malformed. */
export async function getDocument(db: TermwatchDb, key: string): Promise<DocumentRecord | null> {
  const doc = await db.get('documents', key);
  if (doc === undefined) return null;
  const problem = documentProblem(doc);
  if (problem) throw new CorruptRecordError('documents', key, problem);
  return doc;
}

/** A document's versions, newest first, without text. */
export async function listVersions(
  db: TermwatchDb,
  documentKey: string,
  view: ViewSettings = DEFAULT_VIEW,
): Promise<ListResult<VersionSummary>> {
  const good: StoredVersion[] = [];
  const damaged: DamagedRecord[] = [];
  const warnings: string[] = [];
  const tx = db.transaction('versions');
  for (
    let cursor = await tx.store.index('by-document').openCursor(documentKey);
    cursor;
    cursor = await cursor.continue()
  ) {
    const problem = versionProblem(cursor.value);
    if (problem) {
      damaged.push({ key: cursor.primaryKey, problem });
      warnings.push(`Skipped corrupt version record ${JSON.stringify(cursor.primaryKey)}: ${problem}`);
    } else good.push(cursor.value);
  }
  return { items: good.sort(newestFirst).map((v) => summarizeVersion(v, view)), damaged, warnings };
}

/** Each document's newest version, summarised (its grade, when it was first seen); a damaged one is left out. */
export async function latestVersions(
  db: TermwatchDb,
  docs: readonly DocumentRecord[],
  view: ViewSettings = DEFAULT_VIEW,
): Promise<Map<string, VersionSummary>> {
  const out = new Map<string, VersionSummary>();
  const store = db.transaction('versions').store;
  for (const d of docs) {
    if (d.latestVersionId === null) continue;
    const v = await store.get(d.latestVersionId);
    if (v && !versionProblem(v)) out.set(d.key, summarizeVersion(v, view));
  }
  return out;
}

/** The full version, null when absent; throws CorruptRecordError when it is malformed. */
export async function getVersion(db: TermwatchDb, versionId: number): Promise<VersionRecord | null> {
  const v = await db.get('versions', versionId);
  if (v === undefined) return null;
  const problem = versionProblem(v);
  if (problem) throw new CorruptRecordError('versions', versionId, problem);
  return asVersion(v)!;
}

export async function deleteDocument(db: TermwatchDb, key: string): Promise<void> {
  await writeTx(db, async (tx) => {
    const versions = tx.objectStore('versions');
    for (const id of await versions.index('by-document').getAllKeys(key)) await versions.delete(id);
    await tx.objectStore('documents').delete(key);
  });
}

/** Deletes one damaged record by the key listDocuments/listVersions reported, and refreshes what it belonged to. */
export async function deleteDamagedRecord(
  db: TermwatchDb,
  store: 'documents' | 'versions',
  key: IDBValidKey,
): Promise<void> {
  await writeTx(db, async (tx) => {
    if (store === 'documents') {
      // A damaged document's versions are unreachable without it, but may be intact: they go with it only if they
      // name it (a string key), as deleteDocument would.
      if (typeof key === 'string')
        for (const id of await tx.objectStore('versions').index('by-document').getAllKeys(key))
          await tx.objectStore('versions').delete(id);
      await tx.objectStore('documents').delete(key as string);
      return;
    }
    const raw: unknown = await tx.objectStore('versions').get(key as number);
    await tx.objectStore('versions').delete(key as number);
    const documentKey =
      typeof raw === 'object' && raw !== null ? (raw as { documentKey?: unknown }).documentKey : undefined;
    const doc = typeof documentKey === 'string' ? asDocument(await tx.objectStore('documents').get(documentKey)) : null;
    if (doc) await refreshDocument(tx, doc);
  });
}

export async function clearHistory(db: TermwatchDb): Promise<void> {
  await writeTx(db, async (tx) => {
    await tx.objectStore('versions').clear();
    await tx.objectStore('documents').clear();
  });
}

/** Records that the user has seen this document's current report. */
export async function markVisited(db: TermwatchDb, documentKey: string, at: number): Promise<void> {
  await writeTx(db, async (tx) => {
    const doc = asDocument(await tx.objectStore('documents').get(documentKey));
    if (!doc) throw new CorruptRecordError('documents', documentKey, 'missing or malformed');
    await tx.objectStore('documents').put({ ...doc, lastVisitAt: at });
  });
}

/**
 * Re-analyses a stored version when it was analysed by another analyser version, or under one user's settings only
 * (a record from before the analysis covered every setting), and stores the result, so two versions are always
 * compared by the same rules. Returns the (possibly updated) version.
 */
export async function ensureCurrentAnalysis(
  db: TermwatchDb,
  version: VersionRecord,
  reanalyze: (
    clauses: Clause[],
    version: Pick<VersionRecord, 'title' | 'text'>,
  ) => AnalysisResult | Promise<AnalysisResult>,
  currentVersion: string,
): Promise<VersionRecord> {
  if (isCurrentAnalysis(version.analysis, currentVersion)) return version;
  const analysis = await reanalyze(version.clauses, version);
  let next: VersionRecord = { ...version, analysis };
  await writeTx(db, async (tx) => {
    // The version may have been dropped (or damaged) meanwhile; then there is nothing to update.
    const stored = asStoredVersion(await tx.objectStore('versions').get(version.id));
    if (!stored) return;
    const { id: _id, bytes: _bytes, ...rest } = { ...stored, analysis };
    const bytes = recordBytes(rest);
    next = { ...next, bytes };
    await tx.objectStore('versions').put({ ...stored, analysis, bytes });
    const doc = asDocument(await tx.objectStore('documents').get(version.documentKey));
    if (doc) await refreshDocument(tx, doc);
  });
  return next;
}

export interface Reanalysis {
  /** The version's title and text let the analyser find the document's first party again. */
  reanalyze: (
    clauses: Clause[],
    version: Pick<VersionRecord, 'title' | 'text'>,
  ) => AnalysisResult | Promise<AnalysisResult>;
  currentVersion: string;
}

/** Whether a stored analysis needs analysing again before it is compared (see ensureCurrentAnalysis). */
export const isCurrentAnalysis = (a: AnalysisResult, currentVersion: string): boolean =>
  a.analyserVersion === currentVersion && a.coverage === 'all-settings';

export interface VersionComparison {
  older: VersionSummary;
  newer: VersionSummary;
  changes: Change[];
  /** Clauses reworded with the same effect: not changes, shown as a collapsed count. */
  wordingEdits: Change[];
}

/**
 * Compares two versions of a document (default: the newest against the one before it). With `analyze`, both are
 * first brought to the current analyser version. Null when the document has fewer than two versions or an id is
 * unknown.
 */
export async function compareVersions(
  db: TermwatchDb,
  documentKey: string,
  olderId?: number,
  newerId?: number,
  analyze?: Reanalysis,
  view: ViewSettings = DEFAULT_VIEW,
): Promise<VersionComparison | null> {
  const { items } = await listVersions(db, documentKey, view);
  const newerIdx = newerId === undefined ? 0 : items.findIndex((v) => v.id === newerId);
  const olderIdx = olderId === undefined ? newerIdx + 1 : items.findIndex((v) => v.id === olderId);
  return compareListed(db, items, olderIdx, newerIdx, analyze, view);
}

/** compareVersions over a document's versions already listed (newest first), by their indices in that list. */
async function compareListed(
  db: TermwatchDb,
  items: readonly VersionSummary[],
  olderIdx: number,
  newerIdx: number,
  analyze: Reanalysis | undefined,
  view: ViewSettings,
): Promise<VersionComparison | null> {
  const newerSummary = items[newerIdx];
  const olderSummary = items[olderIdx];
  if (newerIdx < 0 || olderIdx < 0 || !newerSummary || !olderSummary) return null;
  let older = await getVersion(db, olderSummary.id);
  let newer = await getVersion(db, newerSummary.id);
  if (!older || !newer) return null;
  // A page that alternates between variants is one document: compared with the kept version nearest to it (the
  // older one unless an earlier one is strictly nearer), a return to a known variant reports nothing new.
  if (olderIdx === newerIdx + 1) {
    const earlier: VersionRecord[] = [];
    for (const s of items.slice(olderIdx + 1, olderIdx + 1 + VARIANTS_KEPT)) {
      const v = await getVersion(db, s.id).catch(() => null);
      if (v) earlier.push(v);
    }
    const nearest = nearestVariant(newer, [older, ...earlier]);
    if (nearest > 0) older = earlier[nearest - 1]!;
  }
  if (analyze) {
    older = await ensureCurrentAnalysis(db, older, analyze.reanalyze, analyze.currentVersion);
    newer = await ensureCurrentAnalysis(db, newer, analyze.reanalyze, analyze.currentVersion);
  }
  // Both sides as the user's settings show them: a setting changed between two visits is no change of the text.
  const { changes, wordingEdits } = diffWithWordingEdits(
    { clauses: older.clauses, findings: findingsShown(older.analysis.findings, view) },
    { clauses: newer.clauses, findings: findingsShown(newer.analysis.findings, view) },
  );
  return { older: summarizeVersion(older, view), newer: summarizeVersion(newer, view), changes, wordingEdits };
}

/**
 * When the document last changed what it says: the firstSeen of its newest version whose comparison with the version
 * before it (as compareVersions compares them) reports a change. A new version whose only differences are same-effect
 * rewordings, or that returns to a known variant, changed nothing. Null when no version did (or with one version).
 */
export async function lastChangeOf(
  db: TermwatchDb,
  documentKey: string,
  analyze?: Reanalysis,
  view: ViewSettings = DEFAULT_VIEW,
): Promise<number | null> {
  const { items } = await listVersions(db, documentKey, view);
  for (let i = 0; i + 1 < items.length; i++) {
    const comparison = await compareListed(db, items, i + 1, i, analyze, view);
    if (comparison && comparison.changes.length > 0) return items[i]!.firstSeen;
  }
  return null;
}
