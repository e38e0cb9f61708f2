// Checks for records read back from IndexedDB and for imported files: stored data can be corrupt or foreign. Every
// shape comes from the one record schema (core/report/schema.ts); here it is only bound to what storage adds.
import * as v from 'valibot';
import type { AnalysisResult, Clause } from '../core/types';
import { AnalysisSchema, ClauseSchema, CountSchema, DocumentKindSchema, schemaProblem } from '../core/report/schema';
import { storedClausesProblem, unpackClauses, type StoredClauses } from '../core/clause-pack';
import type { DocumentRecord, StoredVersion, VersionRecord } from './schema';

/**
 * Latest time a record may carry (1 Jan 2200). Anything later is damage, not a visit; and `new Date(t).toISOString()`
 * throws RangeError past ±8.64e15, which would take down every page that shows the date.
 */
export const MAX_TIME = Date.UTC(2200, 0, 1);
/** A time in ms since the epoch that Date can show: from 1970 to MAX_TIME. */
export const TimeSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
export const isTime = (t: unknown): t is number => v.is(TimeSchema, t);
/** SHA-256 hex of the normalised text. */
export const HashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not SHA-256 hex'));

export const DocumentRecordSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1)),
  site: v.string(),
  url: v.string(),
  kind: DocumentKindSchema,
  title: v.string(),
  firstSeen: TimeSchema,
  lastSeen: TimeSchema,
  lastVisitAt: v.nullable(TimeSchema),
  latestVersionId: v.nullable(CountSchema),
  versionCount: CountSchema,
  totalBytes: CountSchema,
});

/** The fields of a stored version besides its clauses, whose form depends on the schema version. */
const versionEntries = {
  id: CountSchema,
  documentKey: v.string(),
  hash: HashSchema,
  title: v.string(),
  text: v.string(),
  analysis: AnalysisSchema,
  firstSeen: TimeSchema,
  lastSeen: TimeSchema,
  bytes: CountSchema,
};
/** The packed clauses are checked against the text they point into (storedClausesProblem). */
const StoredVersionSchema = v.object({ ...versionEntries, clauses: v.unknown() });
const V2VersionSchema = v.object({ ...versionEntries, clauses: v.array(ClauseSchema) });

/** Returns null when `v` is a Clause, otherwise what is wrong. */
export const clauseProblem = (c: unknown): string | null => schemaProblem(ClauseSchema, c);
export const analysisProblem = (a: unknown): string | null => schemaProblem(AnalysisSchema, a);
export const documentProblem = (d: unknown): string | null => schemaProblem(DocumentRecordSchema, d);

/** Returns null when `v` is a StoredVersion (the current schema), otherwise what is wrong. */
export function versionProblem(x: unknown): string | null {
  return (
    schemaProblem(StoredVersionSchema, x) ??
    storedClausesProblem((x as { clauses: unknown }).clauses, (x as { text: string }).text, clauseProblem)
  );
}

/** The same check for a version of the v2 schema (clauses in full), for the upgrade step. */
export const v2VersionProblem = (x: unknown): string | null => schemaProblem(V2VersionSchema, x);

/** The record with its known fields only (and old records' defaults filled in); null when it is damaged. */
export const asDocument = (x: unknown): DocumentRecord | null => {
  const r = v.safeParse(DocumentRecordSchema, x);
  return r.success ? r.output : null;
};
export const asStoredVersion = (x: unknown): StoredVersion | null => {
  if (versionProblem(x)) return null;
  const r = v.parse(StoredVersionSchema, x);
  return { ...r, clauses: r.clauses as StoredClauses };
};

/** A stored version with its clauses read back; null when the record is damaged. */
export function asVersion(x: unknown): VersionRecord | null {
  const stored = asStoredVersion(x);
  return stored ? { ...stored, clauses: unpackClauses(stored.text, stored.clauses) } : null;
}

// Copies with known fields only: an imported file's extra fields (any size) must not be stored unchecked.
export const cleanClause = (c: Clause): Clause => v.parse(ClauseSchema, c);
export const cleanAnalysis = (a: AnalysisResult): AnalysisResult => v.parse(AnalysisSchema, a);
