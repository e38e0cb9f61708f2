// Analysis workers for in-process CLI tests. A worker thread cannot run TypeScript by itself, and registering tsx in
// each one costs seconds, so the tests bundle the worker scripts once per test file, as `npm run build` does for the
// CLI: `cli` is the real CLI bundle (main.ts serving as its own worker), `misbehaving` the real worker except for the
// file names that misbehave-worker.ts picks.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { moduleEntry, type WorkerEntry } from '../../../src/cli/batch/worker-entry';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface TestWorkers {
  cli: WorkerEntry;
  misbehaving: WorkerEntry;
  /** The directory holding the bundles (cli.mjs is also a runnable CLI). */
  dir: string;
}

let built: Promise<TestWorkers> | undefined;

export function testWorkers(): Promise<TestWorkers> {
  built ??= build();
  return built;
}

async function build(): Promise<TestWorkers> {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-workers-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  // One self-contained file each, as the real build makes (no shared chunks: the built CLI finds its worker script
  // through its own import.meta.url, so cli.mjs also runs as a process).
  await esbuild.build({
    entryPoints: { cli: join(root, 'src/cli/main.ts'), misbehaving: join(root, 'test/unit/cli/misbehave-worker.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // As scripts/build.ts: bundled CommonJS dependencies call require().
    banner: {
      js: "import { createRequire as __twCreateRequire } from 'node:module'; const require = __twCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return {
    cli: moduleEntry(pathToFileURL(join(dir, 'cli.mjs'))),
    misbehaving: moduleEntry(pathToFileURL(join(dir, 'misbehaving.mjs'))),
    dir,
  };
}
