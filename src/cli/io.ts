// Where the CLI writes, and what else tests may substitute: injectable so tests capture output without spawning a
// process.
import { once } from 'node:events';
import type { WorkerEntry } from './batch/worker-entry';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Resolves once stdout has taken what was written so far. A pipe is asynchronous in Node on POSIX: without waiting,
   * a slow reader (`| less`) would let finished reports pile up in memory.
   */
  drained?(): Promise<void>;
}

/** The CLI's surroundings that tests replace. */
export interface CliRuntime {
  /** The script analysis workers run (default: the CLI itself, see batch/worker-entry.ts). */
  analysisWorker?: WorkerEntry;
}

export function processIo(): CliIo {
  // `termwatch analyze … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    drained: () =>
      process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : Promise.resolve(),
  };
}
