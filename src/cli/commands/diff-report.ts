// The work of `termwatch diff`, run in an analysis worker (batch/worker.ts) so that the command can give up on a pair
// of files that takes too long: both versions analysed, compared clause by clause, and formatted.
import { buildDiffReport, diffReportToMarkdown, diffWithWordingEdits, type DocumentSummaryJson } from '../../core/diff';
import { stripControls } from '../../core/export/control-chars';
import type { LoadedFile } from '../load-file';
import type { AnalysedFile } from '../pipeline';

export const DIFF_FORMATS = ['md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

function summary({ input }: AnalysedFile): DocumentSummaryJson {
  return {
    source: input.source ?? input.url,
    title: input.title,
    kind: input.kind,
    isLegal: input.isLegal,
    hash: input.versionHash,
    wordCount: input.wordCount,
  };
}

/** The diff of two versions in `format`, as printed. */
export async function diffReportText(task: {
  before: LoadedFile;
  after: LoadedFile;
  format: DiffFormat;
}): Promise<string> {
  const { analyseFile } = await import('../pipeline');
  const before = await analyseFile(task.before);
  const after = await analyseFile(task.after);
  const { changes, wordingEdits } = diffWithWordingEdits(
    { clauses: before.input.clauses, findings: before.input.analysis.findings },
    { clauses: after.input.clauses, findings: after.input.analysis.findings },
  );
  const report = buildDiffReport(summary(before), summary(after), changes, wordingEdits);
  // Every string of the report is page text or ours; none may carry control characters to whoever prints it.
  const inert = (_key: string, value: unknown): unknown => (typeof value === 'string' ? stripControls(value) : value);
  return task.format === 'json' ? `${JSON.stringify(report, inert, 2)}\n` : diffReportToMarkdown(report);
}
