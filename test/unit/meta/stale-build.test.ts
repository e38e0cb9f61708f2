// test/browser/global-setup.ts rebuilds dist/ when the build is not of the current sources: checked here on a scratch
// tree, with the times set by hand.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP } from '../../../scripts/build-stamp';
import { BUILD_INPUTS, staleBuild } from '../../browser/global-setup';

const T0 = Date.now() / 1000 - 3600; // an hour ago, in seconds as utimes takes them

let root = '';
function write(path: string, at: number): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, at, at);
  // A new file touches its directories; set them back so that the file itself is what changed.
  for (let dir = dirname(path); dir !== '.'; dir = dirname(dir)) utimesSync(join(root, dir), T0, T0);
}
/** Every input, written before the build, and the directories too. */
function builtTree(): void {
  for (const input of BUILD_INPUTS) write(input.includes('.') ? input : join(input, 'a.ts'), T0);
  write('dist/chrome/manifest.json', T0 + 10);
  write(join('dist', BUILD_STAMP), T0 + 20);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'termwatch-stale-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('staleBuild', () => {
  it('finds a finished build of the sources fresh', () => {
    builtTree();
    expect(staleBuild(root)).toBeNull();
  });

  it('finds a build stale when it did not finish: the manifest written, the bundles not, no stamp', () => {
    builtTree();
    rmSync(join(root, 'dist', BUILD_STAMP));
    expect(staleBuild(root)).toMatch(/\.build-stamp is missing/);
  });

  it.each([['package-lock.json'], ['node_modules/.package-lock.json'], ['tsconfig.json'], ['src/core/deep/x.ts']])(
    'finds a build stale after %s changed, and names the file',
    (path) => {
      builtTree();
      write(path, T0 + 30);
      expect(staleBuild(root)).toBe(`${path} changed after the build`);
    },
  );

  it('names the newest file when its time is in the future (a rebuild cannot make the build newer)', () => {
    builtTree();
    write('src/later.ts', Date.now() / 1000 + 3600);
    expect(staleBuild(root)).toBe('src/later.ts changed after the build (its time is in the future)');
  });
});
