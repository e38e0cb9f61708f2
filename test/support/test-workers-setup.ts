// Global setup of the projects that run the CLI through its worker threads: the test workers (a bundle of the CLI and
// one of a misbehaving worker, test/unit/cli/test-workers.ts) are bundled once for the run, not once per test file
// (seconds of esbuild each on a loaded 2-core machine), and every file reads them from the directory provided here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleTestWorkers } from '../unit/cli/bundle-test-workers';

/**
 * Every project's global setup runs in vitest's main process, but each may load this module afresh: the one bundle
 * and the count of projects using it are kept on the process.
 */
interface Shared {
  dir: Promise<string>;
  users: number;
}
const KEY = Symbol.for('termwatch.testWorkers');
const store = globalThis as { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => void> {
  const shared = (store[KEY] ??= {
    dir: (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'termwatch-workers-'));
      await bundleTestWorkers(dir);
      return dir;
    })(),
    users: 0,
  });
  shared.users++;
  const dir = await shared.dir;
  project.provide('termwatchTestWorkers', dir);
  return () => {
    if (--shared.users > 0) return;
    rmSync(dir, { recursive: true, force: true });
    delete store[KEY];
  };
}
