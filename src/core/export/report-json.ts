// The JSON report: the CLI's --format json and the extension's "Export JSON" share this one shape.
// Its schema is report-schema.ts (schemas/report.schema.json is generated from it); fields may be added, never renamed.
import { stripControls } from './control-chars';
import { isoTimestamp } from './dates';
import type { ExportInput } from './export-input';
import { flaggedRows } from './flagged-rows';
import type { ReportJson } from './report-schema';

/** Here, not in report-schema.ts: the popup's export needs the number, not the schema (nor valibot) behind it. */
export const REPORT_SCHEMA_VERSION = 1;

export type { ReportClause, ReportDocument, ReportJson, ReportSummary } from './report-schema';

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
