// Pure clause-level diff of two analysed versions, change ranking, summaries and reports.
export { diffVersions, diffWithWordingEdits, wordDiffOf, type VersionDiff } from './diff-versions';
export { summarizeChanges, wordingEditLines } from './summarize';
export {
  buildDiffReport,
  diffReportToMarkdown,
  DIFF_REPORT_SCHEMA_VERSION,
  wordingEditsJson,
  wordingEditsMarkdown,
  type DiffReportJson,
  type WordingEditsJson,
  type DocumentSummaryJson,
} from './report';
export { alignClauses, MODIFIED_MIN_SIMILARITY, type Alignment, type AlignKind } from './align';
export { sectionNumber, sectionRef, sectionTitle } from './section';
export type { Change, ChangeImpact, ChangeType, VersionSnapshot, WordDiffPart } from './types';
export { nearestVariant } from './variants';
export { breadthTerms } from './breadth';
export type { DiffOptions } from './diff-versions';
export type { RightChange } from './types';
export { makesRightWorse, rankTier } from './rank';
export {
  historyReportToCsv,
  historyReportToMarkdown,
  HISTORY_CSV_COLUMNS,
  type HistoryReportInput,
} from './history-report';
