// The test workers' bundle (test-workers.ts), apart from vitest so the global setup can make it too.
import * as esbuild from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** Bundles the test workers into `dir`: cli.mjs and misbehaving.mjs. */
export async function bundleTestWorkers(dir: string): Promise<void> {
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
}
