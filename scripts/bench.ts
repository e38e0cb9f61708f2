// `npm run bench`: runs every benchmark module in scripts/bench/, each measuring ratios side by side in one run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const modules = readdirSync(join(here, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
for (const file of modules) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  const mod = (await import(pathToFileURL(join(here, 'bench', file)).href)) as { run(): Promise<void> };
  await mod.run();
}
