// How the CLI is bundled: by scripts/build.ts into dist/cli, and by the tests' worker bundle
// (test/support/bundle-test-workers.ts), so that the tests run the CLI as it ships.
import type * as esbuild from 'esbuild';

export const CLI_BUNDLE_OPTIONS: esbuild.BuildOptions = {
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __twCreateRequire } from 'node:module'; const require = __twCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
