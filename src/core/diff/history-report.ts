// A document's history as Markdown and CSV, beside its JSON export: for each consecutive pair of versions, the changes
// as the change report ranks them and the same-effect wording edits listed apart (a count and one line each in
// Markdown; rows whose `effect` is "same effect" in CSV), so an export hides nothing the report shows.
import { isoDay } from '../export/dates';
import { csvFile } from '../export/csv';
import { mdCode, mdInline } from '../export/markdown-escape';
import type { DocumentKind } from '../types';
import { wordingEditsMarkdown, type WordingEditsJson } from './report';
import { summarizeChanges } from './summarize';
import type { Change } from './types';

/** What the formats need of a document history export (storage/history-io.ts makes it). */
export interface HistoryReportInput {
  document: { url: string; title: string; kind: DocumentKind };
  /** Oldest pair first. */
  reports: ReadonlyArray<{
    fromHash: string;
    toHash: string;
    fromFirstSeen: number;
    toFirstSeen: number;
    changes: readonly Change[];
    wordingEdits: WordingEditsJson;
  }>;
}

export function historyReportToMarkdown(input: HistoryReportInput): string {
  const { document: doc, reports } = input;
  const out = [
    `# History of ${mdInline(doc.title || doc.url)}`,
    '',
    `- Address: ${mdInline(doc.url)}`,
    `- Kind: ${doc.kind}`,
    `- Consecutive versions compared: ${reports.length} pair${reports.length === 1 ? '' : 's'}`,
    '',
  ];
  for (const r of reports) {
    out.push(
      `## ${isoDay(r.fromFirstSeen)} → ${isoDay(r.toFirstSeen)} (${mdCode(r.fromHash.slice(0, 12))} → ${mdCode(r.toHash.slice(0, 12))})`,
      '',
    );
    if (r.changes.length === 0)
      out.push(r.wordingEdits.count ? 'No change to what the terms say.' : 'No difference in the clauses.', '');
    else out.push(...summarizeChanges(r.changes).map((line) => `- ${mdInline(line)}`), '');
    out.push(...wordingEditsMarkdown(r.wordingEdits, '###'));
  }
  return out.join('\n');
}

export const HISTORY_CSV_COLUMNS = [
  'from_seen',
  'to_seen',
  'from_hash',
  'to_hash',
  'effect',
  'type',
  'category',
  'stance_before',
  'stance_after',
  'impact',
  'right',
  'severity',
  'section',
  'before',
  'after',
] as const;

/** One row per change and per wording edit; `effect` is "change" or "same effect". */
export function historyReportToCsv(input: HistoryReportInput): string {
  const rows: string[][] = [];
  for (const r of input.reports) {
    const row = (c: Change, effect: string): string[] => [
      isoDay(r.fromFirstSeen),
      isoDay(r.toFirstSeen),
      r.fromHash,
      r.toHash,
      effect,
      c.type,
      c.category ?? '',
      c.stanceBefore ?? '',
      c.stanceAfter ?? '',
      c.impact,
      c.right ?? '',
      c.severity ?? '',
      c.section,
      c.before ?? '',
      c.after ?? '',
    ];
    for (const c of r.changes) rows.push(row(c, 'change'));
    for (const c of r.wordingEdits.changes) rows.push(row(c, 'same effect'));
  }
  return csvFile(HISTORY_CSV_COLUMNS, rows);
}
