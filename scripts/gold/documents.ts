// test/fixtures/gold/real/documents.json: every labelled document with its hash (so a changed corpus file is
// noticed), its type, the sets it is labelled in, and its part: development or held back. The split is by service,
// with a seeded hash, so no service has documents on both sides.
//   npx tsx scripts/gold/documents.ts > test/fixtures/gold/real/documents.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnotations } from './agreement';
import { corpusDir } from './corpus-units';
import { seededKey } from './draw';

export const SPLIT_SEED = 'termwatch-holdout-v1';
/** Share of services held back (of the hash space; the document share is checked by the eval). */
export const HOLDOUT_SHARE = 0.35;

export function isHeldBack(service: string): boolean {
  return Number.parseInt(seededKey(SPLIT_SEED, service).slice(0, 8), 16) / 2 ** 32 < HOLDOUT_SHARE;
}

if (process.argv[1]?.endsWith('documents.ts')) {
  const index = JSON.parse(readFileSync(join(corpusDir, 'index.json'), 'utf8')) as {
    documents: { file: string; service: string; type: string }[];
  };
  const byFile = new Map(index.documents.map((d) => [d.file, d]));
  const sets = new Map<string, Set<string>>();
  for (const l of readAnnotations()) (sets.get(l.doc) ?? sets.set(l.doc, new Set()).get(l.doc)!).add(l.set);
  const docs = [...sets.keys()].sort().map((file) => {
    const d = byFile.get(file);
    if (!d) throw new Error(`not in the corpus index: ${file}`);
    return {
      file,
      service: d.service,
      type: d.type,
      sha256: createHash('sha256')
        .update(readFileSync(join(corpusDir, file)))
        .digest('hex'),
      sets: [...sets.get(file)!].sort(),
      part: isHeldBack(d.service) ? 'holdout' : 'dev',
    };
  });
  console.log(
    JSON.stringify(
      { corpus: 'shared/corpus/ota', seed: SPLIT_SEED, holdoutShare: HOLDOUT_SHARE, documents: docs },
      null,
      1,
    ),
  );
}
