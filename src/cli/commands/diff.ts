// `termwatch diff OLD NEW [--format md|json]`: what changed between two versions, clause by clause.
import { buildDiffReport, diffReportToMarkdown, diffVersions, type DocumentSummaryJson } from '../../core/diff';
import { stripControls } from '../../core/export/control-chars';
import { choice, parse } from '../args';
import { CliError, EXIT_OK, EXIT_USAGE } from '../cli-error';
import type { CliIo } from '../io';
import { loadFile } from '../load-file';
import type { AnalysedFile } from '../pipeline';

export const DIFF_FORMATS = ['md', 'json'] as const;

export const DIFF_HELP = `Usage: termwatch diff OLD NEW [options]

Compares two versions of one document (HTML, Markdown or text) clause by clause and ranks the
changes by what they do to your rights.

Options:
  --format md|json  Output format (default: md).
  -h, --help        Show this help.
`;

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

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  const format = choice(values.format, DIFF_FORMATS, 'md', '--format');
  if (positionals.length !== 2)
    throw new CliError(`diff needs exactly two files, OLD and NEW (got ${positionals.length})`, EXIT_USAGE);
  const [oldFile, newFile] = await Promise.all(positionals.map((p) => loadFile(p)));
  const { analyseFile } = await import('../pipeline');
  const before = await analyseFile(oldFile!);
  const after = await analyseFile(newFile!);
  const changes = diffVersions(
    { clauses: before.input.clauses, findings: before.input.analysis.findings },
    { clauses: after.input.clauses, findings: after.input.analysis.findings },
  );
  const report = buildDiffReport(summary(before), summary(after), changes);
  // Every string of the report is page text or ours; none may carry control characters to whoever prints it.
  const inert = (_key: string, value: unknown): unknown => (typeof value === 'string' ? stripControls(value) : value);
  io.stdout(format === 'json' ? `${JSON.stringify(report, inert, 2)}\n` : diffReportToMarkdown(report));
  return EXIT_OK;
}
