// The test workers' bundle (test/unit/cli/test-workers.ts): the CLI and a misbehaving worker, bundled into a
// directory the first time a test asks for them. Several test files (and worker threads) may ask at once: one bundles,
// the others wait for it.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI_BUNDLE_OPTIONS } from '../../scripts/cli-bundle-options';

const root = join(import.meta.dirname, '..', '..');
/** How long a file waits for another's bundle: esbuild takes seconds on a loaded 2-core machine. */
const WAIT_MS = 120_000;

/** Bundles the test workers into `dir`: cli.mjs and misbehaving.mjs. */
export async function bundleTestWorkers(dir: string): Promise<void> {
  // One self-contained file each, as the real build makes (no shared chunks: the built CLI finds its worker script
  // through its own import.meta.url, so cli.mjs also runs as a process).
  await esbuild.build({
    ...CLI_BUNDLE_OPTIONS,
    entryPoints: { cli: join(root, 'src/cli/main.ts'), misbehaving: join(root, 'test/unit/cli/misbehave-worker.ts') },
    outdir: dir,
  });
}

/**
 * The directory under `dir` holding the bundles, made on the first call. The one that creates `dir/building` (mkdir is
 * atomic) bundles into it and renames it to `dir/bundle`, so a bundle is there whole or not at all; the others wait
 * for the rename, and take over when a bundler fails and removes its directory.
 */
export async function bundledIn(dir: string): Promise<string> {
  const done = join(dir, 'bundle');
  const building = join(dir, 'building');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (existsSync(done)) return done;
    try {
      mkdirSync(building);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() > deadline) throw new Error(`no test worker bundle in ${dir} after ${WAIT_MS} ms`, { cause: e });
      await sleep(100);
      continue;
    }
    try {
      await bundleTestWorkers(building);
      renameSync(building, done);
    } catch (e) {
      rmSync(building, { recursive: true, force: true });
      throw e;
    }
    return done;
  }
}
