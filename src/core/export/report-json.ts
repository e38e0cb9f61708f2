// The JSON report: the CLI's --format json and the extension's "Export JSON" share this one shape.
// schemas/report.schema.json describes it; fields may be added over time, never renamed.
import type { Actor, CategoryId, Condition, Grade, MentionRole, Severity, Stance } from '../types';
import { stripControls } from './control-chars';
import { isoTimestamp } from './dates';
import type { ExportInput } from './export-input';
import { flaggedRows } from './flagged-rows';
import type { TosdrTitleSource } from './tosdr-cases';
import type { DocumentSummaryJson } from '../diff/report';

export const REPORT_SCHEMA_VERSION = 1;

/** The CLI document fields (shared with diff reports) plus what evidence needs. */
export interface ReportDocument extends DocumentSummaryJson {
  url: string;
  /** ISO 8601 UTC. */
  seenAt: string;
  analyserVersion: string;
  lang: string;
}

export interface ReportSummary {
  /** null: not graded, see `ungraded`. */
  grade: Grade | null;
  score: number | null;
  /** Why there is no grade: not a legal page, under the minimum length, or a language the analyser does not read. */
  ungraded: 'not-legal' | 'too-short' | 'language' | null;
  counts: Record<CategoryId, number>;
  driver: string;
  /** false: the analyser cannot read this language, so no findings is NOT an all-clear. */
  languageSupported: boolean;
}

/** One flagged (clause, category) pair; it repeats url/hash/seenAt so it stands alone as evidence. */
export interface ReportClause {
  id: string;
  section: string;
  sectionPath: string[];
  text: string;
  category: CategoryId;
  stance: Stance;
  condition: Condition | null;
  severity: Severity;
  evidence: string[];
  rule: string;
  /** Who takes the right: the service (with its affiliates, partners or processors), the user, or someone else. */
  actor: Actor;
  tosdrCase: string | null;
  /** tosdr-legacy / tosdr-current: a real ToS;DR case title; termwatch: our own wording where ToS;DR has none. */
  tosdrCaseSource: TosdrTitleSource | null;
  url: string;
  hash: string;
  seenAt: string;
  /** Present when the clause only mentions the right (a pointer, explanation or definition): not a right taken. */
  role?: MentionRole;
}

export interface ReportJson {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  document: ReportDocument;
  summary: ReportSummary;
  clauses: ReportClause[];
}

/**
 * JSON escapes control characters, but whoever prints a string from the file (`jq -r`) sends them to a terminal as
 * they were: page-derived strings lose them here, as in the other formats.
 */
export function toReportJson(input: ExportInput): ReportJson {
  const seenAt = isoTimestamp(input.seenAt);
  const { summary } = input.analysis;
  const url = stripControls(input.url);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    document: {
      source: stripControls(input.source ?? input.url),
      title: stripControls(input.title),
      kind: input.kind,
      isLegal: input.isLegal,
      hash: input.versionHash,
      wordCount: input.wordCount,
      url,
      seenAt,
      analyserVersion: input.analysis.analyserVersion,
      lang: stripControls(input.lang ?? 'und'),
    },
    summary: {
      grade: summary.grade,
      score: summary.score,
      ungraded: summary.ungraded ?? null,
      counts: { ...summary.counts },
      driver: stripControls(summary.driver),
      languageSupported: input.analysis.languageSupported,
    },
    clauses: flaggedRows(input).map(({ clause, finding, tosdrCase, tosdrCaseSource }) => ({
      id: clause.id,
      section: stripControls(clause.section),
      sectionPath: clause.sectionPath.map(stripControls),
      text: stripControls(clause.text),
      category: finding.category,
      stance: finding.stance,
      condition: finding.condition ?? null,
      severity: finding.severity,
      evidence: finding.evidence.map(stripControls),
      rule: finding.rule,
      actor: finding.actor,
      tosdrCase,
      tosdrCaseSource,
      url,
      hash: input.versionHash,
      seenAt,
      ...(finding.role ? { role: finding.role } : {}),
    })),
  };
}
