// `npm run package`: one store-ready zip per browser in dist/packages/, from the unpacked builds.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
for (const target of ['chrome', 'firefox'] as const) {
  const filename = `termwatch-${target}-${version}.zip`;
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      join(root, 'dist', target),
      '--artifacts-dir',
      join(root, 'dist', 'packages'),
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const size = statSync(join(root, 'dist', 'packages', filename)).size;
  console.log(`dist/packages/${filename} ${(size / 1024).toFixed(1)} KB`);
}
