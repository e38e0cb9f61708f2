// History export/import: a JSON file the user can keep or move to another browser. Imports are untrusted input.
import * as v from 'valibot';
import {
  diffWithWordingEdits,
  wordingEditsJson,
  type Change,
  type VersionSnapshot,
  type WordingEditsJson,
} from '../core/diff';
import { normalizeText, normalizeUrl, sha256HexSync } from '../core/normalize';
import type { TermwatchDb } from './db';
import { siteOf } from '../core/normalize/site';
import { enforceLimits, newestFirst, refreshDocument } from './caps';
import { packClauses } from '../core/clause-pack';
import { HistoryImportError } from './errors';
import { resolveLimits, type HistoryLimits } from './limits';
import { recordBytes, type DocumentRecord, type StoredVersion, type VersionRecord } from './schema';
import { asDocument, asVersion, HashSchema, MAX_TIME } from './validate';
import { AnalysisSchema, ClauseSchema, DocumentKindSchema, issueText } from '../core/report/schema';
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
  /**
   * One report per consecutive pair of versions, oldest pair first, compared as the history page compares them (with
   * each version's stored analysis): the changes, and the same-effect rewordings listed apart.
   */
  reports: DocumentHistoryReport[];
}

export interface DocumentHistoryReport {
  fromHash: string;
  toHash: string;
  fromFirstSeen: number;
  toFirstSeen: number;
  changes: Change[];
  wordingEdits: WordingEditsJson;
}

/** How many versions before the previous one a version is matched against as a variant (as the history page does). */
const VARIANTS_KEPT = 4;

/** One document's history: every version plus the change report between each consecutive pair. Null if unknown. */
export async function exportDocumentHistory(
  db: TermwatchDb,
  key: string,
  now: Date = new Date(),
): Promise<DocumentHistoryExport | null> {
  const entry = (await readAll(db)).find((d) => d.doc.key === key);
  if (!entry) return null;
  const { doc, versions } = entry;
  const snapshot = (v: VersionRecord): VersionSnapshot => ({
    clauses: v.clauses,
    findings: v.analysis.findings,
  });
  const reports = versions.slice(1).map((to, i): DocumentHistoryReport => {
    const from = versions[i]!;
    // A page that alternates between variants is one document: a return to a kept variant reports nothing new.
    const earlier = versions
      .slice(Math.max(0, i - VARIANTS_KEPT), i)
      .reverse()
      .map(snapshot);
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot(from), snapshot(to), { earlier });
    return {
      fromHash: from.hash,
      toHash: to.hash,
      fromFirstSeen: from.firstSeen,
      toFirstSeen: to.firstSeen,
      changes,
      wordingEdits: wordingEditsJson(wordingEdits),
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

const shortString = v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.maxStringChars, 'is not a short string'));

/**
 * The schema of a history file imported at `now`: the stored record's schema (core/report/schema.ts), with the
 * import's bounds on sizes and dates (1970 to a day after `now`). Unknown fields are dropped.
 */
function bundleSchema(now: number) {
  const latest = Math.min(MAX_TIME, now + IMPORT_LIMITS.maxFutureMs);
  const dateWith = (message?: string) =>
    v.pipe(
      v.number(message),
      v.finite(message),
      v.minValue(0, message),
      v.maxValue(latest, message ?? 'is out of range'),
    );
  const date = dateWith();
  const documentDate = dateWith('has invalid times');
  const version = v.pipe(
    v.object({
      hash: HashSchema,
      title: shortString,
      text: v.pipe(
        v.string(),
        v.maxLength(IMPORT_LIMITS.maxTextChars, `is longer than ${IMPORT_LIMITS.maxTextChars} characters`),
      ),
      clauses: v.pipe(
        v.array(ClauseSchema),
        v.maxLength(IMPORT_LIMITS.maxClausesPerVersion, `holds more than ${IMPORT_LIMITS.maxClausesPerVersion}`),
      ),
      analysis: AnalysisSchema,
      firstSeen: date,
      lastSeen: date,
    }),
    v.check((x) => x.firstSeen <= x.lastSeen, 'has firstSeen after lastSeen'),
    v.check((x) => {
      const ids = new Set(x.clauses.map((c) => c.id));
      return x.analysis.findings.every((f) => ids.has(f.clauseId));
    }, 'analysis has findings on clauses it does not contain'),
  );
  const document = v.pipe(
    v.object({
      key: shortString,
      url: shortString,
      kind: DocumentKindSchema,
      title: shortString,
      firstSeen: documentDate,
      lastSeen: documentDate,
      lastVisitAt: v.nullable(documentDate),
      versions: v.pipe(
        v.array(version),
        v.minLength(1, `must hold 1 to ${IMPORT_LIMITS.maxVersionsPerDocument} versions`),
        v.maxLength(
          IMPORT_LIMITS.maxVersionsPerDocument,
          `must hold 1 to ${IMPORT_LIMITS.maxVersionsPerDocument} versions`,
        ),
      ),
    }),
    v.check((d) => d.key === normalizeUrl(d.url), 'key is not the canonical form of its url'),
  );
  return v.object({
    format: v.literal(HISTORY_FORMAT, `format is not "${HISTORY_FORMAT}"`),
    schemaVersion: v.literal(
      HISTORY_SCHEMA_VERSION,
      (issue) => `${String(issue.input)} is not supported (expected ${HISTORY_SCHEMA_VERSION})`,
    ),
    exportedAt: v.pipe(
      shortString,
      v.check((t) => v.is(date, Date.parse(t)), 'is not a date'),
    ),
    documents: v.pipe(
      v.array(document),
      v.maxLength(IMPORT_LIMITS.maxDocuments, `more than ${IMPORT_LIMITS.maxDocuments} documents`),
    ),
  });
}

/** What the schema cannot see: totals across the file, repeated documents, and hashes that match their text. */
function crossCheck(bundle: HistoryBundle): string | null {
  const seen = new Set<string>();
  let text = 0;
  for (const [i, d] of bundle.documents.entries()) {
    if (seen.has(d.key)) return `documents.${i} repeats document ${d.key}`;
    seen.add(d.key);
    for (const [j, ver] of d.versions.entries()) {
      text += ver.text.length;
      if (text > IMPORT_LIMITS.maxTotalTextChars)
        return `the file holds more than ${IMPORT_LIMITS.maxTotalTextChars} characters of text`;
      if (sha256HexSync(normalizeText(ver.text)) !== ver.hash)
        return `documents.${i}.versions.${j}.hash does not match its text (edited or damaged file)`;
    }
  }
  return null;
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
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('it is not a JSON object');
  const parsed = v.safeParse(bundleSchema(now), data, { abortEarly: true });
  if (!parsed.success) return fail(issueText(parsed.issues) ?? 'unknown problem');
  const bundle = parsed.output satisfies HistoryBundle;
  const problem = crossCheck(bundle);
  return problem ? fail(problem) : { ok: true, bundle };
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
