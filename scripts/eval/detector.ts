// Detector evaluation over the labelled fixture pages (test/fixtures/pages/labels.json), splits reported separately:
// dev (rules written against these); holdout, holdout2 and holdout3, each written after the rules of its day froze,
// whose misses have since been seen and fixed, so they are no longer blind; and holdout4, written after those rules
// froze and never tuned on: the only blind split, so its errors are reported as measured and not read for rule work.
// The target — is-legal precision and recall >= 0.98 and no article detected as legal — is checked on the whole
// set; per-split figures are printed either way. (How each split's misses were found and fixed is in git history.)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPage } from '../../src/core/detect';
import { htmlToDocument } from '../../src/cli/source';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/core/types';

interface Label {
  file: string;
  url: string;
  kind: DocumentKind;
  split: 'dev' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4';
  note: string;
}

const KINDS = DOCUMENT_KINDS;
const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'pages');

function ratio(a: number, b: number): string {
  return b === 0 ? '  n/a' : (a / b).toFixed(3);
}

function report(
  name: string,
  rows: Array<{ l: Label; got: DocumentKind }>,
): { precision: number; recall: number; articleFp: number } {
  if (rows.length === 0) {
    console.log(`\n--- ${name}: no pages ---`);
    return { precision: 1, recall: 1, articleFp: 0 };
  }
  console.log(
    `\n--- ${name}: ${rows.length} pages (${rows.filter((r) => r.l.kind !== 'other').length} legal, ${rows.filter((r) => r.l.kind === 'other').length} other) ---`,
  );
  console.log(`${'expected \\ got'.padEnd(16)}${KINDS.map((k) => k.padStart(10)).join('')}`);
  for (const e of KINDS)
    console.log(
      `${e.padEnd(16)}${KINDS.map((g) => String(rows.filter((r) => r.l.kind === e && r.got === g).length).padStart(10)).join('')}`,
    );
  const tp = rows.filter((r) => r.l.kind !== 'other' && r.got !== 'other').length;
  const fp = rows.filter((r) => r.l.kind === 'other' && r.got !== 'other').length;
  const fn = rows.filter((r) => r.l.kind !== 'other' && r.got === 'other').length;
  console.log(`is-legal  precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}`);
  for (const k of KINDS.slice(0, 4)) {
    const ktp = rows.filter((r) => r.l.kind === k && r.got === k).length;
    console.log(
      `${k.padEnd(10)}precision ${ratio(ktp, rows.filter((r) => r.got === k).length)}  recall ${ratio(ktp, rows.filter((r) => r.l.kind === k).length)}`,
    );
  }
  for (const r of rows.filter((x) => x.got !== x.l.kind))
    console.log(`  MISS ${r.l.file}: expected ${r.l.kind}, got ${r.got} (${r.l.note})`);
  const articleFp = rows.filter(
    (r) => r.l.kind === 'other' && r.got !== 'other' && /news|blog|article|forum|thread/i.test(r.l.note),
  ).length;
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), articleFp };
}

export async function run(_corpusDir: string): Promise<boolean> {
  const labels = JSON.parse(readFileSync(join(pagesDir, 'labels.json'), 'utf8')) as Label[];
  const rows = labels.map((l) => ({
    l,
    got: detectPage(htmlToDocument(readFileSync(join(pagesDir, l.file), 'utf8'), l.url), l.url).kind,
  }));
  const splits = (['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4'] as const).map(
    (name) =>
      [
        name,
        report(
          name,
          rows.filter((r) => r.l.split === name),
        ),
      ] as const,
  );
  const all = report('all', rows);
  console.log('\nsummary (is-legal):');
  for (const [name, s] of [...splits, ['all', all] as const])
    console.log(
      `  ${name.padEnd(9)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  articles detected as legal ${s.articleFp}`,
    );
  const ok = all.precision >= 0.98 && all.recall >= 0.98 && all.articleFp === 0;
  console.log(
    `target on the whole set (is-legal P and R >= 0.98, no article detected as legal): ${ok ? 'MET' : 'MISSED'}`,
  );
  return ok;
}
