// Analysis workers for in-process CLI tests. A worker thread cannot run TypeScript by itself, and registering tsx in
// each one costs seconds, so the tests bundle the worker scripts once per test file, as `npm run build` does for the
// CLI: `cli` is the real CLI bundle (main.ts serving as its own worker), `misbehaving` the real worker except for the
// file names that misbehave-worker.ts picks. The projects that run them bundle once per run, in a global setup
// (test/support/test-workers-setup.ts), and hand the directory to every file; a file run without it bundles its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { moduleEntry, type WorkerEntry } from '../../../src/cli/batch/worker-entry';
import { bundleTestWorkers } from './bundle-test-workers';

export interface TestWorkers {
  cli: WorkerEntry;
  misbehaving: WorkerEntry;
  /** The directory holding the bundles (cli.mjs is also a runnable CLI). */
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The directory test-workers-setup.ts bundled the test workers into, once for the run. */
    termwatchTestWorkers?: string;
  }
}

let built: Promise<TestWorkers> | undefined;

export function testWorkers(): Promise<TestWorkers> {
  const shared = inject('termwatchTestWorkers');
  built ??= shared ? Promise.resolve(workersIn(shared)) : bundle();
  return built;
}

async function bundle(): Promise<TestWorkers> {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-workers-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await bundleTestWorkers(dir);
  return workersIn(dir);
}

function workersIn(dir: string): TestWorkers {
  return {
    cli: moduleEntry(pathToFileURL(join(dir, 'cli.mjs'))),
    misbehaving: moduleEntry(pathToFileURL(join(dir, 'misbehaving.mjs'))),
    dir,
  };
}
