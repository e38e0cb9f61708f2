// The one IndexedDB schema: every stored shape lives here. Bump DB_VERSION and add a step in upgrades.ts to change it.
import type { DBSchema } from 'idb';
import type { AnalysisResult, Clause, DocumentKind } from '../core/types';
import type { StoredClauses } from '../core/clause-pack';
import type { PageReport } from '../core/report/page-report';

export const DB_NAME = 'termwatch';
export const DB_VERSION = 4;

/** One terms document, keyed by its canonical URL (normalizeUrl). */
export interface DocumentRecord {
  key: string;
  /** siteOf(key): the history budget this document counts against (see limits.ts). */
  site: string;
  /** The URL it was last seen at (before normalisation). */
  url: string;
  kind: DocumentKind;
  title: string;
  firstSeen: number;
  lastSeen: number;
  /** When the user last looked at this document's report; null before the first visit is marked. */
  lastVisitAt: number | null;
  /** Newest version by (firstSeen, id); null only transiently. */
  latestVersionId: number | null;
  versionCount: number;
  /** Sum of the versions' `bytes`. */
  totalBytes: number;
}

/**
 * One distinct version of a document as stored: a new one only when the normalised text hash changes. Its report's
 * title and analysis, with the storage keys, the text and the clauses as offsets into it.
 */
export interface StoredVersion extends Pick<PageReport, 'title' | 'analysis'> {
  id: number;
  documentKey: string;
  /** SHA-256 hex of normalizeText(text): the report's versionHash. */
  hash: PageReport['versionHash'];
  text: string;
  /** Offsets into `text` (clause-pack.ts): the text is stored once. */
  clauses: StoredClauses;
  firstSeen: number;
  lastSeen: number;
  /** UTF-8 length of the record's JSON: our measure of its stored size (see recordBytes). */
  bytes: number;
}

/** A stored version as the repository hands it out: its clauses read back in full. */
export interface VersionRecord extends Omit<StoredVersion, 'clauses'> {
  clauses: Clause[];
}

export interface TermwatchSchema extends DBSchema {
  documents: { key: string; value: DocumentRecord; indexes: { 'by-site': string } };
  versions: {
    key: number;
    value: StoredVersion;
    indexes: { 'by-document': string; 'by-document-hash': [string, string]; 'by-first-seen': number };
  };
}

// v2 (kept for the upgrade step): documents without a site, versions holding every clause's text and section path.
export type V2DocumentRecord = Omit<DocumentRecord, 'site'>;
export type V2VersionRecord = VersionRecord;

// v1 (the earlier schema, kept for the upgrade step): pages keyed by their raw URL, one snapshot per distinct raw text.
export interface V1PageRecord {
  url: string;
  title: string;
  kind: DocumentKind;
  firstSeen: number;
  lastSeen: number;
}
export interface V1SnapshotRecord {
  id?: number;
  url: string;
  /** SHA-256 of the raw text: v1 did not normalise, so restamped dates made new snapshots. */
  textHash: string;
  text: string;
  clauses: Clause[];
  analysis: AnalysisResult;
  capturedAt: number;
}
export interface TermwatchSchemaV1 extends DBSchema {
  pages: { key: string; value: V1PageRecord };
  snapshots: { key: number; value: V1SnapshotRecord; indexes: { 'by-url': string } };
}

/** Stored size estimate: UTF-8 bytes of the record as JSON (structured clone is of the same order). */
export function recordBytes(record: object): number {
  return new TextEncoder().encode(JSON.stringify(record)).length;
}
