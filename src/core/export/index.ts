// Evidence exports (JSON, CSV, Markdown): one module shared by the popup, the history page and the CLI.
export type { ExportInput } from './export-input';
export { toReportJson, REPORT_SCHEMA_VERSION } from './report-json';
export type { ReportJson, ReportDocument, ReportSummary, ReportClause } from './report-json';
export {
  toCsv,
  toCsvMany,
  csvCell,
  csvFile,
  CSV_COLUMNS,
  CSV_EVIDENCE_SEPARATOR,
  neutraliseCell,
  restoreCell,
} from './csv';
export { toMarkdown } from './markdown';
export { stripControls, stripEscapeSequences, printableLine } from './control-chars';
export { exportFileName } from './file-name';
export type { ExportFormat } from './file-name';
export { nearestTosdrCase, nearestTosdrEntry } from './nearest-tosdr-case';
export { TOSDR_CASES } from './tosdr-cases';
export type { TosdrCaseEntry, TosdrTitleSource } from './tosdr-cases';
