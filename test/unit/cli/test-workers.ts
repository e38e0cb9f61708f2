// Analysis workers for in-process CLI tests. A worker thread cannot run TypeScript by itself, and registering tsx in
// each one costs seconds, so the tests bundle the worker scripts as `npm run build` does for the CLI: `cli` is the
// real CLI bundle (main.ts serving as its own worker), `misbehaving` the real worker except for the file names that
// misbehave-worker.ts picks. The first file of a run that asks bundles them into the directory the projects' global
// setup provides (test/support/test-workers-setup.ts), and every later file reads them from there; a file run without
// it bundles into a directory of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { moduleEntry, type WorkerEntry } from '../../../src/cli/batch/worker-entry';
import { bundledIn } from '../../support/bundle-test-workers';

export interface TestWorkers {
  cli: WorkerEntry;
  misbehaving: WorkerEntry;
  /** The directory holding the bundles (cli.mjs is also a runnable CLI). */
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The directory test-workers-setup.ts provides for the run, where the first test to ask bundles the workers. */
    termwatchTestWorkers?: string;
  }
}

/** Per directory provided (a watch rerun provides a new one), the bundles in it. */
const built = new Map<string, Promise<TestWorkers>>();

export function testWorkers(): Promise<TestWorkers> {
  const dir = inject('termwatchTestWorkers') ?? ownDir();
  let workers = built.get(dir);
  if (!workers) built.set(dir, (workers = bundledIn(dir).then(workersIn)));
  return workers;
}

let own: string | undefined;
function ownDir(): string {
  if (!own) {
    const dir = (own = mkdtempSync(join(tmpdir(), 'termwatch-workers-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return own;
}

function workersIn(dir: string): TestWorkers {
  return {
    cli: moduleEntry(pathToFileURL(join(dir, 'cli.mjs'))),
    misbehaving: moduleEntry(pathToFileURL(join(dir, 'misbehaving.mjs'))),
    dir,
  };
}
