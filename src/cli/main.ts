// `termwatch`: the extension's detector, extractor and analyser on files, from the command line.
// main() is the whole CLI; bin/termwatch.js calls the bundled copy, tests call it directly with captured output.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../package.json';
import { isWorkerInit } from './batch/protocol';
import { serveAnalyses } from './batch/worker';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, printable } from './cli-error';
import { analyzeCommand } from './commands/analyze';
import { diffCommand } from './commands/diff';
import { processIo, type CliIo, type CliRuntime } from './io';

export type { CliIo, CliRuntime } from './io';

export const HELP = `termwatch ${version}: reads terms of service and privacy pages on your machine and flags the
clauses that matter: AI training, data sharing and sale, content licences, tracking, retention, changes.
Nothing leaves your computer.

Usage:
  termwatch analyze FILE... [--format text|json|ndjson|csv|md] [--timeout SECONDS] [--jobs N]
                            [--timings] [--url URL] [--seen-at DATE]
  termwatch diff OLD NEW [--format md|json]
  termwatch --help | --version

FILE is a page saved as HTML, Markdown or plain text (UTF-8, at most 20 MB).
Run "termwatch analyze --help" or "termwatch diff --help" for the options.

Exit status: 0 success, 1 a file could not be read or analysed (the others' reports are still
written), 2 bad command line.
`;

async function run(argv: string[], io: CliIo, runtime: CliRuntime): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      // No command is a usage error: help goes to stderr so a script piping stdout sees nothing.
      io.stderr(HELP);
      return EXIT_USAGE;
    case '-h':
    case '--help':
    case 'help':
      io.stdout(HELP);
      return EXIT_OK;
    case '-V':
    case '--version': {
      const { ANALYSER_VERSION } = await import('../core/analyze');
      io.stdout(`termwatch ${version} (analyser ${ANALYSER_VERSION})\n`);
      return EXIT_OK;
    }
    case 'analyze':
    case 'analyse':
      return analyzeCommand(rest, io, runtime);
    case 'diff':
      return diffCommand(rest, io, runtime);
    default:
      if (command.startsWith('-'))
        throw new CliError(`unknown option ${printable(command)} (see termwatch --help)`, EXIT_USAGE);
      throw new CliError(
        `unknown command ${printable(command)} (expected analyze or diff; see termwatch --help)`,
        EXIT_USAGE,
      );
  }
}

/** Runs the CLI; returns the exit code. Errors become one "termwatch: …" line on stderr, never a stack trace. */
export async function main(argv: string[], io: CliIo = processIo(), runtime: CliRuntime = {}): Promise<number> {
  try {
    return await run(argv, io, runtime);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`termwatch: ${e.message}\n`);
      return e.exitCode;
    }
    // A bug, not bad input: still one line, with the stack only on request.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`termwatch: internal error: ${printable(message)} (set TERMWATCH_DEBUG=1 for details)\n`);
    if (process.env.TERMWATCH_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ''}\n`);
    return EXIT_INPUT;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// The bundle is also the analysis workers' script (batch/worker-entry.ts): in a worker it serves analyses. Otherwise
// it runs itself when executed directly (`npx tsx src/cli/main.ts …`, `node dist/cli/termwatch.mjs …`), not on import;
// a worker sees the parent's process.argv, hence the thread check first.
if (!isMainThread && isWorkerInit(workerData)) await serveAnalyses();
else if (isMainThread && isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
