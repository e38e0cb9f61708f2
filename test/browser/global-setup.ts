// The browser project measures the build in dist/ (bundle policy, sizes, the extension in real browsers): it must be
// the build of the sources as they are. `npm test` builds before vitest runs; a run of this project alone (or after an
// edit) rebuilds when any input of the build is newer than dist/, so a stale build never passes for the current code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** What scripts/build.ts reads: the sources, the manifest and version, the icons and sample page, the build itself. */
const INPUTS = ['src', 'assets', 'manifest.json', 'package.json', 'scripts/build.ts', 'scripts/test-hooks.ts'];
/** Written last of each extension (copy-static writes them after the bundles) and by the CLI build after it. */
const OUTPUTS = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json', 'dist/cli/termwatch.mjs'];

/** The newest modification time under `path` (a file or a directory), in ms. */
export function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as its directory's change
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ is not the build of the current sources, or null when it is. */
export function staleBuild(root = ROOT): string | null {
  const missing = OUTPUTS.find((o) => !existsSync(join(root, o)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((o) => statSync(join(root, o)).mtimeMs));
  const newer = INPUTS.find((i) => existsSync(join(root, i)) && newestMtime(join(root, i)) > built);
  return newer ? `${newer} changed after the build` : null;
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
