// History export/import: a JSON file the user can keep or move to another browser. Imports are untrusted input.
import { diffVersions, type Change } from '../core/diff';
import { normalizeText, normalizeUrl, sha256HexSync } from '../core/normalize';
import type { AnalysisResult, Clause } from '../core/types';
import type { TermwatchDb } from './db';
import { siteOf } from '../core/normalize/site';
import { enforceLimits, newestFirst, refreshDocument } from './caps';
import { packClauses } from '../core/clause-pack';
import { HistoryImportError } from './errors';
import { resolveLimits, type HistoryLimits } from './limits';
import { recordBytes, type DocumentRecord, type StoredVersion, type VersionRecord } from './schema';
import { analysisProblem, asDocument, asVersion, cleanAnalysis, cleanClause, clauseProblem, isTime } from './validate';
import { writeTx } from './write';

export const HISTORY_FORMAT = 'termwatch-history';
export const HISTORY_SCHEMA_VERSION = 1;

/** Size limits for imported files: generous for real use, small enough that a hostile file cannot exhaust memory. */
export const IMPORT_LIMITS = {
  /**
   * Checked before the file is read or parsed: JSON.parse needs several times the file's size in memory. A full
   * export of a history at its 100 MiB cap holds each text about twice (clauses repeat it in the file), so this is
   * above any real export.
   */
  maxFileBytes: 256 * 1024 * 1024,
  /** Latest time an imported date may carry, after the moment of import: a day, for clocks that disagree. */
  maxFutureMs: 24 * 60 * 60 * 1000,
  maxDocuments: 5_000,
  maxVersionsPerDocument: 1_000,
  maxTextChars: 5_000_000,
  maxTotalTextChars: 200_000_000,
  maxClausesPerVersion: 50_000,
  maxStringChars: 4_096,
} as const;

/** A stored version as it travels in a history file: the record without its local id, key and size. */
export type BundleVersion = Omit<VersionRecord, 'id' | 'documentKey' | 'bytes'>;

/** A document as it travels in a history file: its record without the counters the database derives. The key
 * (normalizeUrl(url)) is checked on import. */
export interface BundleDocument extends Omit<
  DocumentRecord,
  'site' | 'latestVersionId' | 'versionCount' | 'totalBytes'
> {
  /** Oldest first. */
  versions: BundleVersion[];
}

export interface HistoryBundle {
  format: typeof HISTORY_FORMAT;
  schemaVersion: typeof HISTORY_SCHEMA_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  documents: BundleDocument[];
}

async function readAll(db: TermwatchDb): Promise<Array<{ doc: DocumentRecord; versions: VersionRecord[] }>> {
  const tx = db.transaction(['documents', 'versions']);
  const docs = (await tx.objectStore('documents').getAll())
    .map(asDocument)
    .filter((d): d is DocumentRecord => d !== null);
  const out: Array<{ doc: DocumentRecord; versions: VersionRecord[] }> = [];
  for (const doc of docs) {
    const versions = (await tx.objectStore('versions').index('by-document').getAll(doc.key))
      .map(asVersion)
      .filter((v): v is VersionRecord => v !== null);
    out.push({ doc, versions: versions.sort(newestFirst).reverse() });
  }
  return out;
}

function toBundleDocument(doc: DocumentRecord, versions: readonly VersionRecord[]): BundleDocument {
  return {
    key: doc.key,
    url: doc.url,
    kind: doc.kind,
    title: doc.title,
    firstSeen: doc.firstSeen,
    lastSeen: doc.lastSeen,
    lastVisitAt: doc.lastVisitAt,
    versions: versions.map((v) => ({
      hash: v.hash,
      title: v.title,
      text: v.text,
      clauses: v.clauses,
      analysis: v.analysis,
      firstSeen: v.firstSeen,
      lastSeen: v.lastSeen,
    })),
  };
}

/** Every readable document with all its versions (corrupt records are left out). */
export async function exportHistory(db: TermwatchDb, now: Date = new Date()): Promise<HistoryBundle> {
  const all = await readAll(db);
  return {
    format: HISTORY_FORMAT,
    schemaVersion: HISTORY_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    documents: all.filter((d) => d.versions.length > 0).map(({ doc, versions }) => toBundleDocument(doc, versions)),
  };
}

export interface DocumentHistoryExport {
  format: 'termwatch-document-history';
  schemaVersion: 1;
  exportedAt: string;
  document: BundleDocument;
  /** One report per consecutive pair of versions, oldest pair first (compared with each version's stored analysis). */
  reports: Array<{ fromHash: string; toHash: string; fromFirstSeen: number; toFirstSeen: number; changes: Change[] }>;
}

/** One document's history: every version plus the change report between each consecutive pair. Null if unknown. */
export async function exportDocumentHistory(
  db: TermwatchDb,
  key: string,
  now: Date = new Date(),
): Promise<DocumentHistoryExport | null> {
  const entry = (await readAll(db)).find((d) => d.doc.key === key);
  if (!entry) return null;
  const { doc, versions } = entry;
  const reports = versions.slice(1).map((to, i) => {
    const from = versions[i]!;
    return {
      fromHash: from.hash,
      toHash: to.hash,
      fromFirstSeen: from.firstSeen,
      toFirstSeen: to.firstSeen,
      changes: diffVersions(
        { clauses: from.clauses, findings: from.analysis.findings },
        { clauses: to.clauses, findings: to.analysis.findings },
      ),
    };
  });
  return {
    format: 'termwatch-document-history',
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    document: toBundleDocument(doc, versions),
    reports,
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortStr = (v: unknown): v is string => typeof v === 'string' && v.length <= IMPORT_LIMITS.maxStringChars;
const KINDS: readonly string[] = ['terms', 'privacy', 'cookies', 'ai_policy', 'other'];

/** Reads a history file the user picked: refused by size before it is read, then parsed. Throws HistoryImportError. */
export async function readHistoryFile(file: Blob): Promise<unknown> {
  if (file.size > IMPORT_LIMITS.maxFileBytes) {
    throw new HistoryImportError(
      `Not a valid Termwatch history file: it is ${(file.size / 1e6).toFixed(0)} MB, more than the ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MiB a history file can be; nothing was changed`,
    );
  }
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    throw new HistoryImportError('Not a valid Termwatch history file: it is not valid JSON; nothing was changed');
  }
}

function versionError(
  v: unknown,
  where: string,
  budget: { text: number },
  isDate: (t: unknown) => boolean,
): string | null {
  if (!isObj(v)) return `${where} is not an object`;
  if (typeof v.text !== 'string') return `${where}.text is not a string`;
  if (v.text.length > IMPORT_LIMITS.maxTextChars)
    return `${where}.text is longer than ${IMPORT_LIMITS.maxTextChars} characters`;
  budget.text += v.text.length;
  if (budget.text > IMPORT_LIMITS.maxTotalTextChars)
    return `the file holds more than ${IMPORT_LIMITS.maxTotalTextChars} characters of text`;
  if (!shortStr(v.title)) return `${where}.title is not a short string`;
  if (!isDate(v.firstSeen) || !isDate(v.lastSeen) || (v.firstSeen as number) > (v.lastSeen as number))
    return `${where} has invalid firstSeen/lastSeen`;
  if (!Array.isArray(v.clauses) || v.clauses.length > IMPORT_LIMITS.maxClausesPerVersion)
    return `${where}.clauses is not a list of at most ${IMPORT_LIMITS.maxClausesPerVersion}`;
  const ids = new Set<string>();
  for (const [i, c] of v.clauses.entries()) {
    const p = clauseProblem(c);
    if (p) return `${where}.clauses[${i}]: ${p}`;
    ids.add((c as Clause).id);
  }
  const ap = analysisProblem(v.analysis);
  if (ap) return `${where}.analysis: ${ap}`;
  if ((v.analysis as AnalysisResult).findings.some((f) => !ids.has(f.clauseId)))
    return `${where}.analysis has findings on clauses it does not contain`;
  if (typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash)) return `${where}.hash is not a SHA-256 hex string`;
  if (sha256HexSync(normalizeText(v.text)) !== v.hash)
    return `${where}.hash does not match its text (edited or damaged file)`;
  return null;
}

function cleanVersion(v: BundleVersion): BundleVersion {
  return {
    hash: v.hash,
    title: v.title,
    text: v.text,
    clauses: v.clauses.map(cleanClause),
    analysis: cleanAnalysis(v.analysis),
    firstSeen: v.firstSeen,
    lastSeen: v.lastSeen,
  };
}

function cleanDocument(d: BundleDocument): BundleDocument {
  return {
    key: d.key,
    url: d.url,
    kind: d.kind,
    title: d.title,
    firstSeen: d.firstSeen,
    lastSeen: d.lastSeen,
    lastVisitAt: d.lastVisitAt,
    versions: d.versions.map(cleanVersion),
  };
}

/**
 * Strict check of an imported file: shape, types, sizes, canonical keys, that every hash matches its text, and that
 * every date lies between 1970 and a day after `now`. The bundle it returns holds the known fields only.
 */
export function validateHistoryBundle(
  data: unknown,
  now: number = Date.now(),
): { ok: true; bundle: HistoryBundle } | { ok: false; error: string } {
  const fail = (error: string): { ok: false; error: string } => ({
    ok: false,
    error: `Not a valid Termwatch history file: ${error}`,
  });
  const isDate = (t: unknown): boolean => isTime(t) && t <= now + IMPORT_LIMITS.maxFutureMs;
  if (!isObj(data)) return fail('it is not a JSON object');
  if (data.format !== HISTORY_FORMAT) return fail(`format is not "${HISTORY_FORMAT}"`);
  if (data.schemaVersion !== HISTORY_SCHEMA_VERSION)
    return fail(`schemaVersion ${String(data.schemaVersion)} is not supported (expected ${HISTORY_SCHEMA_VERSION})`);
  if (!shortStr(data.exportedAt) || !isDate(Date.parse(data.exportedAt))) return fail('exportedAt is not a date');
  if (!Array.isArray(data.documents)) return fail('documents is not a list');
  if (data.documents.length > IMPORT_LIMITS.maxDocuments)
    return fail(`more than ${IMPORT_LIMITS.maxDocuments} documents`);
  const seen = new Set<string>();
  const budget = { text: 0 };
  for (const [i, d] of data.documents.entries()) {
    const where = `documents[${i}]`;
    if (!isObj(d)) return fail(`${where} is not an object`);
    if (!shortStr(d.url) || !shortStr(d.key) || !shortStr(d.title))
      return fail(`${where} url, key or title is not a short string`);
    if (d.key !== normalizeUrl(d.url)) return fail(`${where}.key is not the canonical form of its url`);
    if (seen.has(d.key)) return fail(`${where} repeats document ${d.key}`);
    seen.add(d.key);
    if (!KINDS.includes(d.kind as string)) return fail(`${where}.kind is not a known document kind`);
    if (!isDate(d.firstSeen) || !isDate(d.lastSeen) || (d.lastVisitAt !== null && !isDate(d.lastVisitAt)))
      return fail(`${where} has invalid times`);
    if (
      !Array.isArray(d.versions) ||
      d.versions.length === 0 ||
      d.versions.length > IMPORT_LIMITS.maxVersionsPerDocument
    ) {
      return fail(`${where}.versions must hold 1 to ${IMPORT_LIMITS.maxVersionsPerDocument} versions`);
    }
    for (const [j, v] of d.versions.entries()) {
      const error = versionError(v, `${where}.versions[${j}]`, budget, isDate);
      if (error) return fail(error);
    }
  }
  const documents = (data.documents as unknown as BundleDocument[]).map(cleanDocument);
  return {
    ok: true,
    bundle: { format: HISTORY_FORMAT, schemaVersion: HISTORY_SCHEMA_VERSION, exportedAt: data.exportedAt, documents },
  };
}

export interface ImportOutcome {
  addedVersions: number;
  skippedDuplicates: number;
  addedDocuments: number;
  /** Versions (imported or already stored) dropped to keep each imported site within the history limits. */
  droppedVersions: number;
}

export interface ImportOptions {
  limits?: Partial<HistoryLimits>;
  /** The moment of import, for the date check. */
  now?: number;
}

/**
 * Merges a history file into the database in one transaction: all or nothing. A version whose document key and
 * hash are already stored is a duplicate and skipped. Each site the file touches is then brought within the history
 * limits exactly as a save would (its own oldest versions go; other sites are never touched). Invalid input throws
 * HistoryImportError, a file whose sites cannot fit HistoryFullError; then nothing changes.
 */
export async function importHistory(db: TermwatchDb, data: unknown, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const checked = validateHistoryBundle(data, opts.now);
  if (!checked.ok) throw new HistoryImportError(checked.error);
  const limits = resolveLimits(opts.limits);
  const outcome: ImportOutcome = { addedVersions: 0, skippedDuplicates: 0, addedDocuments: 0, droppedVersions: 0 };
  await writeTx(db, async (tx) => {
    const documents = tx.objectStore('documents');
    const versions = tx.objectStore('versions');
    const sites = new Set<string>();
    for (const d of checked.bundle.documents) {
      const site = siteOf(d.key);
      const existing = asDocument(await documents.get(d.key));
      if (!existing) outcome.addedDocuments++;
      for (const v of d.versions) {
        if ((await versions.index('by-document-hash').getKey([d.key, v.hash])) !== undefined) {
          outcome.skippedDuplicates++;
          continue;
        }
        const draft: Omit<StoredVersion, 'id' | 'bytes'> = {
          documentKey: d.key,
          hash: v.hash,
          title: v.title,
          text: v.text,
          clauses: packClauses(v.text, v.clauses),
          analysis: v.analysis,
          firstSeen: v.firstSeen,
          lastSeen: v.lastSeen,
        };
        await versions.add({ ...draft, bytes: recordBytes(draft) } as StoredVersion);
        outcome.addedVersions++;
        sites.add(site);
      }
      const merged: DocumentRecord = existing
        ? {
            ...existing,
            firstSeen: Math.min(existing.firstSeen, d.firstSeen),
            lastSeen: Math.max(existing.lastSeen, d.lastSeen),
            lastVisitAt: existing.lastVisitAt ?? d.lastVisitAt,
          }
        : {
            key: d.key,
            site,
            url: d.url,
            kind: d.kind,
            title: d.title,
            firstSeen: d.firstSeen,
            lastSeen: d.lastSeen,
            lastVisitAt: d.lastVisitAt,
            latestVersionId: null,
            versionCount: 0,
            totalBytes: 0,
          };
      await documents.put(merged);
      await refreshDocument(tx, merged);
    }
    // Every site to its own budget first, so the total is judged on what each site may keep, not on a file's excess.
    for (const site of sites)
      outcome.droppedVersions += await enforceLimits(tx, limits, site, new Set(), { checkTotal: false });
    for (const site of sites) outcome.droppedVersions += await enforceLimits(tx, limits, site, new Set());
  });
  return outcome;
}
