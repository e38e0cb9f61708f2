// `npm run eval [-- --corpus DIR]`: runs every evaluation module in scripts/eval/ and prints its tables.
// The large labelled sets are read from ../shared/corpus by default (override with --corpus or TERMWATCH_CORPUS).
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const flag = argv.indexOf('--corpus');
const corpusDir = resolve(flag >= 0 && argv[flag + 1] ? argv[flag + 1]! : (process.env.TERMWATCH_CORPUS ?? join(here, '..', '..', 'shared', 'corpus')));
const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--corpus');

const modules = readdirSync(join(here, 'eval')).filter((f) => f.endsWith('.ts')).sort();
let failed = false;
for (const file of modules) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== eval: ${name} ===`);
  const mod = (await import(pathToFileURL(join(here, 'eval', file)).href)) as { run(corpusDir: string): Promise<boolean | void> };
  const ok = await mod.run(corpusDir);
  if (ok === false) failed = true;
}
process.exitCode = failed ? 1 : 0;
