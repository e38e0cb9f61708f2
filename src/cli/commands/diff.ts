// `termwatch diff OLD NEW [--format md|json] [--timeout SECONDS]`: what changed between two versions, clause by clause.
// The comparison runs in an analysis worker with a time budget, as `termwatch analyze` runs each document: a pair of
// files that takes too long ends with one line and a non-zero exit, never a hang.
import { defaultWorkerEntry } from '../batch/worker-entry';
import { WorkerPool } from '../batch/worker-pool';
import { choice, parse, parsePositive } from '../args';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, printable } from '../cli-error';
import type { CliIo, CliRuntime } from '../io';
import { loadFile } from '../load-file';
import { DEFAULT_TIMEOUT_S } from './analyze';
import { DIFF_FORMATS } from './diff-report';

export { DIFF_FORMATS } from './diff-report';

/** Seconds the whole comparison may take: two documents, each with analyze's budget. */
export const DEFAULT_DIFF_TIMEOUT_S = 2 * DEFAULT_TIMEOUT_S;

export const DIFF_HELP = `Usage: termwatch diff OLD NEW [options]

Compares two versions of one document (HTML, Markdown or text) clause by clause and ranks the
changes by what they do to your rights.

Options:
  --format md|json    Output format (default: md).
  --timeout SECONDS   Time the comparison may take (default ${DEFAULT_DIFF_TIMEOUT_S}); if it takes longer, it
                      stops with a message and exit status 1.
  -h, --help          Show this help.
`;

export async function diffCommand(args: string[], io: CliIo, runtime: CliRuntime = {}): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  const format = choice(values.format, DIFF_FORMATS, 'md', '--format');
  const timeoutS = parsePositive(values.timeout, '--timeout', DEFAULT_DIFF_TIMEOUT_S, { max: 24 * 3600 });
  if (positionals.length !== 2)
    throw new CliError(`diff needs exactly two files, OLD and NEW (got ${positionals.length})`, EXIT_USAGE);
  const [before, after] = await Promise.all(positionals.map((p) => loadFile(p)));
  const pool = new WorkerPool({
    entry: runtime.analysisWorker ?? defaultWorkerEntry(),
    size: 1,
    timeoutMs: timeoutS * 1000,
  });
  let outcome;
  try {
    outcome = await pool.run({ kind: 'diff', before: before!, after: after!, format });
  } finally {
    await pool.close();
  }
  const pair = `${printable(positionals[0]!)} and ${printable(positionals[1]!)}`;
  switch (outcome.kind) {
    case 'done':
      io.stdout(outcome.chunk);
      return EXIT_OK;
    case 'failed':
      throw new CliError(outcome.message, EXIT_INPUT);
    case 'timeout':
      throw new CliError(`comparing ${pair} took longer than ${timeoutS} s; stopped`, EXIT_INPUT);
    case 'crashed':
      throw new CliError(`comparing ${pair}: the analysis stopped (${printable(outcome.message)})`, EXIT_INPUT);
  }
}
