// Global setup of the projects that run the CLI through its worker threads: it provides a directory for the run, and
// the first test that needs the test workers (test/unit/cli/test-workers.ts) bundles them into it, once for the run
// and only when some file runs the CLI. In watch mode each rerun gets a fresh directory, so a rerun bundles the
// sources as they are now.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Every project's global setup runs in vitest's main process, but each may load this module afresh: the one directory
 * and the count of projects using it are kept on the process.
 */
interface Shared {
  dir: string;
  users: number;
}
const KEY = Symbol.for('termwatch.testWorkers');
const store = globalThis as { [KEY]?: Shared };

export default function setup(project: TestProject): () => void {
  const shared = (store[KEY] ??= { dir: mkdtempSync(join(tmpdir(), 'termwatch-workers-')), users: 0 });
  shared.users++;
  const first = join(shared.dir, 'run');
  mkdirSync(first, { recursive: true });
  project.provide('termwatchTestWorkers', first);
  project.onTestsRerun(() => project.provide('termwatchTestWorkers', mkdtempSync(join(shared.dir, 'rerun-'))));
  return () => {
    if (--shared.users > 0) return;
    rmSync(shared.dir, { recursive: true, force: true });
    delete store[KEY];
  };
}
