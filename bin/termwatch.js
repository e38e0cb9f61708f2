#!/usr/bin/env node
// Thin shim: the CLI itself is src/cli/main.ts, bundled by `npm run build` to dist/cli/termwatch.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/termwatch.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('termwatch: not built yet — run `npm run build`\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
