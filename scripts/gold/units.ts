// Labelling tool for the real-document yardstick (test/fixtures/gold/real/README.md).
// It shows a document's units (what the extension shows as clauses) with their structure, so annotators label the
// text itself; it never runs the analyser.
//   npx tsx scripts/gold/units.ts doc "documents/Service/Type.md"     numbered units of one document
//   npx tsx scripts/gold/units.ts net ai|sale|licence|change|retention|tracking|share [--shard K/N] the keyword net's units, with their context
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, loadUnits, NETS, type NetName, type Unit } from './corpus-units';

function printDoc(file: string): void {
  const units = loadUnits(file);
  console.log(`=== ${file} (${units.length} units, u0–u${units.length - 1}) ===`);
  let lastPath = '';
  for (const u of units) {
    const path = u.context.join(' › ');
    if (path !== lastPath) {
      console.log(`\n## ${path || '(no heading)'}`);
      lastPath = path;
    }
    const mark = u.role === 'list_item' ? '  - ' : u.role === 'cell' ? '  | ' : '';
    console.log(`${mark}u${u.index}  ${u.text}`);
  }
}

function printNet(name: NetName, shard: [number, number] | null): void {
  const index = JSON.parse(readFileSync(join(corpusDir, 'index.json'), 'utf8')) as { documents: { file: string }[] };
  const files = index.documents.map((d) => d.file).sort();
  let n = 0;
  for (const [k, file] of files.entries()) {
    if (shard && k % shard[1] !== shard[0]) continue;
    const units = loadUnits(file);
    const hits = units.filter((u) => NETS[name].test(u.text));
    if (!hits.length) continue;
    console.log(`\n=== ${file} ===`);
    for (const u of hits) {
      const prev = units[u.index - 1];
      console.log(`\nu${u.index}  [${u.context.join(' › ') || '(no heading)'}]`);
      if (prev && prev.block !== u.block && (u.role === 'list_item' || u.role === 'cell'))
        console.log(`   (before: ${prev.text.slice(0, 300)})`);
      console.log(`   ${u.text}`);
      n++;
    }
  }
  console.error(`${n} units`);
}

const [cmd, arg, ...rest] = process.argv.slice(2);
if (cmd === 'doc' && arg) printDoc(arg);
else if (cmd === 'net' && arg && arg in NETS) {
  const s = rest.indexOf('--shard');
  const m = s >= 0 ? /^(\d+)\/(\d+)$/.exec(rest[s + 1] ?? '') : null;
  printNet(arg as NetName, m ? [Number(m[1]), Number(m[2])] : null);
} else {
  console.error(`usage: units.ts doc FILE | net ${Object.keys(NETS).join('|')} [--shard K/N]`);
  process.exitCode = 2;
}
export type { Unit };
