// The seeded, stratified draw of whole documents for the real-document yardstick. Deterministic: the same corpus and
// extractor (units are counted to apply MIN_UNITS/MAX_UNITS) give the same draw. Prints the drawn files in draw order;
// the first six were labelled twice.
//   npx tsx scripts/gold/draw.ts
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, loadUnits } from './corpus-units';

export const DRAW_SEED = 'termwatch-gold-v1';
/** Documents drawn per type. */
export const STRATA: Record<string, number> = {
  'Privacy Policy': 13,
  'Terms of Service': 11,
  'Trackers Policy': 2,
  'Acceptable Use Policy': 2,
  'Developer Terms': 2,
};
/** Units a drawn document may have: stubs say nothing to label; longer ones would take one annotator a whole day. */
export const MIN_UNITS = 20;
export const MAX_UNITS = 400;

export function seededKey(seed: string, s: string): string {
  return createHash('sha256').update(`${seed}:${s}`).digest('hex');
}

interface IndexDoc {
  file: string;
  service: string;
  type: string;
}

export function drawDocuments(): { file: string; type: string; units: number }[] {
  const index = JSON.parse(readFileSync(join(corpusDir, 'index.json'), 'utf8')) as { documents: IndexDoc[] };
  const drawn: { file: string; type: string; units: number; key: string }[] = [];
  for (const [type, want] of Object.entries(STRATA)) {
    const pool = index.documents
      .filter((d) => d.type === type)
      .map((d) => ({ ...d, key: seededKey(DRAW_SEED, d.file) }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    let got = 0;
    for (const d of pool) {
      if (got === want) break;
      const units = loadUnits(d.file).length;
      if (units < MIN_UNITS || units > MAX_UNITS) continue;
      drawn.push({ file: d.file, type, units, key: d.key });
      got++;
    }
  }
  return drawn.sort((a, b) => (a.key < b.key ? -1 : 1)).map(({ file, type, units }) => ({ file, type, units }));
}

if (process.argv[1]?.endsWith('draw.ts')) {
  for (const d of drawDocuments()) console.log(`${d.units}\t${d.type}\t${d.file}`);
}
