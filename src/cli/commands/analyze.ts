// `termwatch analyze FILE… [--format text|json|ndjson|csv|md] [--timeout SECONDS] [--jobs N] [--timings] …`
// Each document is analysed in a worker thread with a time budget, and written the moment it (and every document
// before it) is done: a slow, unreadable or broken file costs one line on stderr, never the other files' reports.
import { availableParallelism } from 'node:os';
import { choice, parse, parseDate, parsePositive } from '../args';
import { forEachInOrder } from '../batch/in-order';
import { ANALYZE_FORMATS } from '../batch/report-chunk';
import { createReportWriter } from '../batch/report-writer';
import { defaultWorkerEntry } from '../batch/worker-entry';
import { WorkerPool, type Outcome } from '../batch/worker-pool';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, printable } from '../cli-error';
import type { CliIo, CliRuntime } from '../io';
import { loadFile } from '../load-file';

export { ANALYZE_FORMATS } from '../batch/report-chunk';

/** Seconds one document may take (parse, detect, extract, analyse, format); real documents take well under one. */
export const DEFAULT_TIMEOUT_S = 30;
/**
 * Documents analysed at once: one core left for everything else, at most 2. On a shared 2-core machine (Open Terms
 * Archive documents, runs interleaved), 2 workers used 10–25% more CPU time (each loads, warms up and compiles its own
 * analyser) and up to 120 MB more memory than 1, and finished between 9% sooner and no sooner.
 */
export const DEFAULT_JOBS = Math.max(1, Math.min(2, availableParallelism() - 1));

export const ANALYZE_HELP = `Usage: termwatch analyze FILE... [options]

Reads terms/privacy pages saved as HTML, Markdown or plain text and reports the clauses that
matter (AI training, data sharing and sale, content licences, tracking, retention, changes).
Each file's report is written as soon as it is done, in the order the files were given.

Options:
  --format FORMAT     text (default), md, csv, json or ndjson. json prints one object for one
                      file, else an array written element by element; ndjson prints one JSON
                      object per line, a line per file.
  --timeout SECONDS   Time one file may take (default ${DEFAULT_TIMEOUT_S}); a file that takes longer is
                      skipped with a message, and the others carry on.
  --jobs N            Files analysed at once (default ${DEFAULT_JOBS}: one core left free, at most 2).
  --timings           Print each file's analysis time, and a summary, to stderr.
  --url URL           The page's real address (one FILE only); used for detection and names.
  --seen-at DATE      When this version was seen (ISO date); default: the file's mtime.
  -h, --help          Show this help.

Exit status: 0 every file was analysed; 1 some file could not be read or analysed (each one
named on stderr; the other files' reports were written); 2 bad command line.
`;

type Failure = { kind: 'unreadable'; message: string };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** The one stderr line for a file that produced no report. */
function failureLine(outcome: Exclude<Outcome, { kind: 'done' }> | Failure, path: string, timeoutS: number): string {
  switch (outcome.kind) {
    case 'unreadable':
    case 'failed':
      return outcome.message;
    case 'timeout':
      return `${printable(path)} took longer than ${timeoutS} s; skipped`;
    case 'crashed':
      return `${printable(path)}: the analysis stopped (${printable(outcome.message)}); skipped`;
  }
}

export async function analyzeCommand(args: string[], io: CliIo, runtime: CliRuntime = {}): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    timeout: { type: 'string' },
    jobs: { type: 'string' },
    timings: { type: 'boolean' },
    url: { type: 'string' },
    'seen-at': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ANALYZE_HELP);
    return EXIT_OK;
  }
  const format = choice(values.format, ANALYZE_FORMATS, 'text', '--format');
  const timeoutS = parsePositive(values.timeout, '--timeout', DEFAULT_TIMEOUT_S, { max: 24 * 3600 });
  const jobs = parsePositive(values.jobs, '--jobs', DEFAULT_JOBS, { integer: true, max: 64 });
  const seenAt = parseDate(values['seen-at'], '--seen-at');
  const url = typeof values.url === 'string' ? values.url : undefined;
  if (!positionals.length)
    throw new CliError('analyze needs at least one FILE (see termwatch analyze --help)', EXIT_USAGE);
  if (url !== undefined && positionals.length > 1) throw new CliError('--url applies to one FILE only', EXIT_USAGE);
  if (url !== undefined && !URL.canParse(url))
    throw new CliError('--url must be an absolute URL like https://zoom.us/terms', EXIT_USAGE);

  const pool = new WorkerPool({
    entry: runtime.analysisWorker ?? defaultWorkerEntry(),
    size: jobs,
    timeoutMs: timeoutS * 1000,
  });
  const writer = createReportWriter(format, positionals.length > 1, io.stdout);
  const started = performance.now();
  const slowest: { ms: number; path: string }[] = [];
  let failures = 0;
  try {
    await forEachInOrder(
      positionals,
      // A few results may wait for a slower one before them; the window bounds how many.
      { concurrency: jobs, window: Math.max(8, 4 * jobs) },
      async (path): Promise<Outcome | Failure> => {
        // Read here, just before its turn, so only the files in flight are in memory; and not while the reader of
        // our output is behind.
        await io.drained?.();
        let file;
        try {
          file = await loadFile(path);
        } catch (e) {
          if (e instanceof CliError) return { kind: 'unreadable', message: e.message };
          throw e;
        }
        return pool.run({ file, format, url, seenAt });
      },
      (outcome, path) => {
        if (outcome.kind === 'done') {
          writer.add(outcome.chunk);
          if (values.timings) {
            io.stderr(`termwatch: timing ${seconds(outcome.ms)} ${printable(path)}\n`);
            slowest.push({ ms: outcome.ms, path });
            slowest.sort((a, b) => b.ms - a.ms).splice(3);
          }
        } else {
          failures++;
          io.stderr(`termwatch: ${failureLine(outcome, path, timeoutS)}\n`);
        }
      },
    );
    writer.end();
  } finally {
    await pool.close();
  }
  if (values.timings) {
    const elapsed = performance.now() - started;
    const rate = (positionals.length / (elapsed / 1000)).toFixed(1);
    const top = slowest.map((s) => `${seconds(s.ms)} ${printable(s.path)}`).join('; ');
    io.stderr(
      `termwatch: ${positionals.length} files in ${seconds(elapsed)} (${rate} files/s), ${failures} failed, ${jobs} at once; slowest: ${top || 'none'}\n`,
    );
  }
  return failures ? EXIT_INPUT : EXIT_OK;
}
