// `npm run eval [-- NAME…] [--corpus DIR] [--json] [module flags]`: runs the evaluation modules in scripts/eval/
// (all, or those named) and prints their tables. Flags are passed on to the modules (e.g. `real --diff`).
// The large labelled sets are read from ../shared/corpus by default (override with --corpus or TERMWATCH_CORPUS).
// --json prints exactly one JSON object on stdout, {"<module>": …}, from the modules that have a JSON form.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface EvalModule {
  run(corpusDir: string, args: readonly string[]): Promise<boolean | void>;
  json?(corpusDir: string, args: readonly string[]): Promise<object>;
}

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const flag = argv.indexOf('--corpus');
const corpusDir = resolve(
  flag >= 0 && argv[flag + 1]
    ? argv[flag + 1]!
    : (process.env.TERMWATCH_CORPUS ?? join(here, '..', '..', 'shared', 'corpus')),
);
const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--corpus');
const asJson = argv.includes('--json');

const modules = readdirSync(join(here, 'eval'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = false;
const out: Record<string, object> = {};
for (const file of modules) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(join(here, 'eval', file)).href)) as EvalModule;
  try {
    if (asJson) {
      if (mod.json) out[name] = await mod.json(corpusDir, argv);
      else console.error(`eval: ${name} has no JSON form; skipped`);
      continue;
    }
    console.log(`\n=== eval: ${name} ===`);
    if ((await mod.run(corpusDir, argv)) === false) failed = true;
  } catch (err) {
    // A changed corpus file or a broken label file: say which, and fail, without a stack trace on stdout.
    console.error(`eval: ${name}: ${err instanceof Error ? err.message : String(err)}`);
    failed = true;
  }
}
if (asJson && !failed) console.log(JSON.stringify(out, null, 2));
process.exitCode = failed ? 1 : 0;
