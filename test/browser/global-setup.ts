// The browser project measures the build in dist/ (bundle policy, sizes, the extension in real browsers): it must be
// the build of the sources as they are. `npm test` builds before vitest runs; a run of this project alone (or after an
// edit) rebuilds when any input of the build is newer than the stamp the last finished build wrote, so a stale build
// never passes for the current code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_STAMP } from '../../scripts/build-stamp';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * What scripts/build.ts reads: the sources, the manifest and version, the icons and sample page, the build itself,
 * the TypeScript settings esbuild reads (jsx, paths) and the installed dependencies (an npm install rewrites the
 * lock files).
 */
export const BUILD_INPUTS = [
  'src',
  'assets',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.json',
  'scripts/build.ts',
  'scripts/build-stamp.ts',
  'scripts/test-hooks.ts',
];
/** Written by the build when it has finished, after every bundle and copy (scripts/build-stamp.ts). */
const OUTPUT = join('dist', BUILD_STAMP);

/** The newest file under `path` (a file or a directory) and its modification time in ms. */
export function newestFile(path: string): { path: string; mtimeMs: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest = { path, mtimeMs: stat.mtimeMs }; // a deleted file shows as its directory's change
  for (const entry of readdirSync(path)) {
    const inner = newestFile(join(path, entry));
    if (inner.mtimeMs > newest.mtimeMs) newest = inner;
  }
  return newest;
}

/** Why dist/ is not the build of the current sources, or null when it is. */
export function staleBuild(root = ROOT, inputs: readonly string[] = BUILD_INPUTS): string | null {
  if (!existsSync(join(root, OUTPUT))) return `${OUTPUT} is missing (no build, or one that did not finish)`;
  const built = statSync(join(root, OUTPUT)).mtimeMs;
  for (const input of inputs) {
    if (!existsSync(join(root, input))) continue;
    const newest = newestFile(join(root, input));
    if (newest.mtimeMs > built) {
      const future = newest.mtimeMs > Date.now() + 1000 ? ' (its time is in the future)' : '';
      return `${relative(root, newest.path)} changed after the build${future}`;
    }
  }
  return null;
}

export default function setup(): void {
  const why = staleBuild();
  if (!why) return;
  console.log(`[browser] building dist/ (${why})`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const still = staleBuild();
  if (still) throw new Error(`npm run build left dist/ stale: ${still}`);
}
