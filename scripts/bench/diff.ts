// Diff cost relative to analysis, and the stored size of a version, on the real Zoom ToS history.
//
// Size measure: recordBytes() = UTF-8 bytes of JSON.stringify(record), the same figure saveVersion stores in
// `bytes` and the history limits count. Browsers store the structured clone (often compressed on disk), so this is
// an estimate of the same order, not the exact on-disk size.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeClauses } from '../../src/core/analyze';
import { diffVersions, type VersionSnapshot } from '../../src/core/diff';
import { extractDocument } from '../../src/core/extract';
import { parseSource } from '../../src/cli/source';
import { getVersion, listVersions, openTermwatchDb, saveVersion } from '../../src/storage';
import { compareMs, row } from '../bench-util';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'terms');
const DATES = ['2023-02-01', '2023-03-31', '2023-07-27', '2023-08-07', '2023-08-11'];

function load(date: string): { markdownBytes: number; snapshot: VersionSnapshot; text: string; title: string; lang: string } {
  const file = join(dir, `zoom-tos-${date}.md`);
  const markdown = readFileSync(file, 'utf8');
  const { doc } = parseSource(markdown, file);
  const { document } = extractDocument(doc, 'https://explore.zoom.us/en/terms/');
  const analysis = analyzeClauses(document.clauses, { lang: document.lang });
  return {
    markdownBytes: Buffer.byteLength(markdown),
    snapshot: { clauses: document.clauses, findings: analysis.findings },
    text: document.text,
    title: document.title,
    lang: document.lang,
  };
}

export async function run(): Promise<void> {
  const versions = new Map(DATES.map((d) => [d, load(d)]));
  // The two longest versions by file size: 2023-07-27 and 2023-08-07 (95.5 kB and 95.7 kB).
  const [older, newer] = [...versions.entries()].sort((a, b) => b[1].markdownBytes - a[1].markdownBytes).slice(0, 2).map(([d]) => d).sort();
  const a = versions.get(older!)!;
  const b = versions.get(newer!)!;
  const close = compareMs(() => diffVersions(a.snapshot, b.snapshot), () => analyzeClauses(b.snapshot.clauses, { lang: b.lang }));
  row(`diff ${older} → ${newer} (${b.snapshot.clauses.length} clauses) / analyse one`, `${close.ratio.toFixed(3)}  (${close.a.toFixed(1)} ms / ${close.b.toFixed(1)} ms)`);
  const feb = versions.get('2023-02-01')!;
  const mar = versions.get('2023-03-31')!;
  const rewrite = compareMs(() => diffVersions(feb.snapshot, mar.snapshot), () => analyzeClauses(mar.snapshot.clauses, { lang: mar.lang }));
  row('diff 2023-02-01 → 2023-03-31 (full rewrite) / analyse one', `${rewrite.ratio.toFixed(3)}  (${rewrite.a.toFixed(1)} ms / ${rewrite.b.toFixed(1)} ms)`);

  const db = await openTermwatchDb({ factory: new IDBFactory(), name: 'bench' });
  for (const date of DATES) {
    const v = versions.get(date)!;
    const analysis = analyzeClauses(v.snapshot.clauses, { lang: v.lang });
    await saveVersion(db, { url: 'https://explore.zoom.us/en/terms/', kind: 'terms', title: v.title, text: v.text, clauses: v.snapshot.clauses, analysis, seenAt: Date.parse(date) });
  }
  const { items } = await listVersions(db, 'https://explore.zoom.us/en/terms');
  let total = 0;
  for (const s of [...items].reverse()) {
    const rec = (await getVersion(db, s.id))!;
    const part = (x: unknown): number => Buffer.byteLength(JSON.stringify(x));
    const date = new Date(rec.firstSeen).toISOString().slice(0, 10);
    const md = versions.get(date)!.markdownBytes;
    total += rec.bytes;
    row(`stored version ${date}: bytes (text / clauses / analysis)`, `${(rec.bytes / 1024).toFixed(1)} KiB (${(part(rec.text) / 1024).toFixed(1)} / ${(part(rec.clauses) / 1024).toFixed(1)} / ${(part(rec.analysis) / 1024).toFixed(1)}), ${(rec.bytes / md).toFixed(2)}× the markdown`);
  }
  row('mean stored bytes per version', `${(total / items.length / 1024).toFixed(1)} KiB over ${items.length} versions`);
  row('versions of this size under the default 50 MB cap', `${Math.floor((50 * 1024 * 1024) / (total / items.length))}`);
  db.close();
}
