// CSV evidence export: one row per flagged (clause, category), each row complete on its own.
// RFC 4180 (CRLF, quoted fields, doubled quotes) with a UTF-8 BOM so Excel does not read it as ANSI.
import { stripControls } from './control-chars';
import { isoTimestamp } from './dates';
import type { ExportInput } from './export-input';
import { flaggedRows } from './flagged-rows';

export const CSV_COLUMNS = [
  'clause_id',
  'url',
  'title',
  'kind',
  'seen_at',
  'version_hash',
  'section',
  'clause_text',
  'category',
  'stance',
  'condition',
  'severity',
  'evidence',
  'rule',
  'actor',
  'analyser_version',
  'tosdr_case',
] as const;

/** Evidence phrases share one cell, joined by this. */
export const CSV_EVIDENCE_SEPARATOR = ' | ';

const BOM = '\uFEFF';
// Spreadsheets run a cell starting with these as a formula (CSV injection, see
// https://owasp.org/www-community/attacks/CSV_Injection), also after leading blanks, which LibreOffice and
// Excel's import with trimming drop first. A leading ' is escaped too, so the rule is reversible: a cell that starts
// with ' had exactly one ' added in front.
const FORMULA_START = /^(?:['\t\r]|\s*[=+\-@])/;
// Quoted when present: RFC 4180's comma, quote and line breaks, and the ";" and tab that spreadsheets in many
// locales (and their "detect separator" imports) split on.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Makes a page-derived value inert in Excel/LibreOffice/Sheets: prefixes a single quote when it could start a formula. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell (for readers of our CSV). */
export function restoreCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** One cell: control characters out (the CSV may be printed to a terminal), formula neutralised, quoted if needed. */
export function csvCell(value: string): string {
  const v = neutraliseCell(stripControls(value));
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A whole CSV file of `rows` under `columns`: BOM, CRLF line ends, every cell as csvCell writes it. */
export function csvFile(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `${BOM}${[columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toCsv(input: ExportInput): string {
  const seenAt = isoTimestamp(input.seenAt);
  const lines: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const { clause, finding, tosdrCase } of flaggedRows(input)) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      clause_id: clause.id,
      url: input.url,
      title: input.title,
      kind: input.kind,
      seen_at: seenAt,
      version_hash: input.versionHash,
      section: clause.section,
      clause_text: clause.text,
      category: finding.category,
      stance: finding.stance,
      condition: finding.condition ?? '',
      severity: finding.severity,
      evidence: finding.evidence.join(CSV_EVIDENCE_SEPARATOR),
      rule: finding.rule,
      actor: finding.actor,
      analyser_version: input.analysis.analyserVersion,
      tosdr_case: tosdrCase ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Several documents in one CSV: one header, then each document's rows (every row names its url and version). */
export function toCsvMany(inputs: ExportInput[]): string {
  const [first, ...rest] = inputs.map(toCsv);
  if (first === undefined) return `${BOM}${CSV_COLUMNS.map(csvCell).join(',')}\r\n`;
  // Each part is BOM + header + CRLF + rows; keep the rows of all but the first.
  return first + rest.map((part) => part.slice(part.indexOf('\r\n') + 2)).join('');
}
