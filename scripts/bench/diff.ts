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
import { isFramed } from '../../src/core/diff/variants';
import { COOKIE_ROW, cookieRows } from '../bench-cookie-rows';
import { extractDocument } from '../../src/core/extract';
import { summarize } from '../../src/core/score';
import { htmlToDocument, parseSource } from '../../src/cli/source';
import { DEFAULT_LIMITS, getVersion, listVersions, openTermwatchDb, saveVersion } from '../../src/storage';
import { compareMs, row } from '../bench-util';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'terms');
const DATES = ['2023-02-01', '2023-03-31', '2023-07-27', '2023-08-07', '2023-08-11'];

function load(date: string): {
  markdownBytes: number;
  snapshot: VersionSnapshot;
  text: string;
  title: string;
  lang: string;
} {
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
  const [older, newer] = [...versions.entries()]
    .sort((a, b) => b[1].markdownBytes - a[1].markdownBytes)
    .slice(0, 2)
    .map(([d]) => d)
    .sort();
  const a = versions.get(older!)!;
  const b = versions.get(newer!)!;
  const close = compareMs(
    () => diffVersions(a.snapshot, b.snapshot),
    () => analyzeClauses(b.snapshot.clauses, { lang: b.lang }),
  );
  row(
    `diff ${older} → ${newer} (${b.snapshot.clauses.length} clauses) / analyse one`,
    `${close.ratio.toFixed(3)}  (${close.a.toFixed(1)} ms / ${close.b.toFixed(1)} ms)`,
  );
  const feb = versions.get('2023-02-01')!;
  const mar = versions.get('2023-03-31')!;
  const rewrite = compareMs(
    () => diffVersions(feb.snapshot, mar.snapshot),
    () => analyzeClauses(mar.snapshot.clauses, { lang: mar.lang }),
  );
  row(
    'diff 2023-02-01 → 2023-03-31 (full rewrite) / analyse one',
    `${rewrite.ratio.toFixed(3)}  (${rewrite.a.toFixed(1)} ms / ${rewrite.b.toFixed(1)} ms)`,
  );
  // A cookie table: thousands of identical rows (test/unit/diff/variants.test.ts counts the work; this is its time),
  // whole and as a near miss (the shorter one's last row edited).
  for (const [name, last] of [
    ['3,001', undefined],
    ['3,000 and an edited row', `${COOKIE_ROW} For a year.`],
  ] as const) {
    const [table, half] = [cookieRows(6000), cookieRows(3001, last)];
    const framed = compareMs(
      () => isFramed(table, half),
      () => diffVersions(a.snapshot, b.snapshot),
      5, // the diff takes seconds on a loaded machine: five runs give the median
      1,
    );
    row(
      `isFramed, 6,000 identical rows against ${name} / diff ${older} → ${newer} (goal well under 1)`,
      `${framed.ratio.toFixed(3)}  (${framed.a.toFixed(1)} ms / ${framed.b.toFixed(1)} ms)`,
    );
  }

  const db = await openTermwatchDb({ factory: new IDBFactory(), name: 'bench' });
  for (const date of DATES) {
    const v = versions.get(date)!;
    const analysis = analyzeClauses(v.snapshot.clauses, { lang: v.lang });
    await saveVersion(db, {
      url: 'https://explore.zoom.us/en/terms/',
      kind: 'terms',
      title: v.title,
      text: v.text,
      clauses: v.snapshot.clauses,
      analysis,
      seenAt: Date.parse(date),
    });
  }
  const { items } = await listVersions(db, 'https://explore.zoom.us/en/terms');
  let total = 0;
  let textTotal = 0;
  for (const s of [...items].reverse()) {
    const rec = (await getVersion(db, s.id))!;
    const part = (x: unknown): number => Buffer.byteLength(JSON.stringify(x));
    const date = new Date(rec.firstSeen).toISOString().slice(0, 10);
    const md = versions.get(date)!.markdownBytes;
    total += rec.bytes;
    textTotal += Buffer.byteLength(rec.text, 'utf8');
    row(
      `stored version ${date}: bytes (text / clauses / analysis)`,
      `${(rec.bytes / 1024).toFixed(1)} KiB (${(part(rec.text) / 1024).toFixed(1)} / ${(part(rec.clauses) / 1024).toFixed(1)} / ${(part(rec.analysis) / 1024).toFixed(1)}), ${(rec.bytes / md).toFixed(2)}× the markdown`,
    );
  }
  row('mean stored bytes per version', `${(total / items.length / 1024).toFixed(1)} KiB over ${items.length} versions`);
  // The issue-13 goal: a stored version costs about its text (the text is stored once, clauses as offsets into it).
  row('bytes per stored version ÷ text bytes (goal ≤ 1.2)', `${(total / textTotal).toFixed(2)}`);
  row(
    "versions of this size within one site's budget / in all",
    `${Math.floor(DEFAULT_LIMITS.maxBytesPerSite / (total / items.length))} / ${Math.floor(DEFAULT_LIMITS.maxTotalBytes / (total / items.length))}`,
  );
  db.close();
  await nestedHeadings();
}

/**
 * A page shaped like the issue-13 flood: about 1 MB of text under eight levels of long numbered headings, so every
 * clause carries a long section path. Stored with an empty analysis: only the text and clause storage is measured.
 */
async function nestedHeadings(): Promise<void> {
  const parts: string[] = ['<main><h1>Terms of Service</h1>'];
  const heading = (n: string): string =>
    `${n} ${'Definitions, scope and the conditions under which this section applies '.repeat(2)}`;
  let chars = 0;
  for (let a = 1; chars < 1_000_000; a++) {
    for (let depth = 1, num = `${a}`; depth <= 8; depth++, num += '.1') {
      parts.push(`<p><strong>${heading(num)}</strong></p>`);
    }
    for (let p = 0; p < 6; p++) {
      const para =
        `We may share the information you provide with our partners when clause ${a}.${p} applies. This paragraph exists to give the section some ordinary length of text. `.repeat(
          3,
        );
      parts.push(`<p>${para}</p>`);
      chars += para.length;
    }
  }
  parts.push('</main>');
  const { document } = extractDocument(
    htmlToDocument(parts.join('\n'), 'https://example.com/terms'),
    'https://example.com/terms',
  );
  const analysis = { analyserVersion: 'bench', languageSupported: true, findings: [], summary: summarize([]) };
  const db = await openTermwatchDb({ factory: new IDBFactory(), name: 'bench-nested' });
  const saved = await saveVersion(db, {
    url: 'https://example.com/terms',
    kind: 'terms',
    title: document.title,
    text: document.text,
    clauses: document.clauses,
    analysis,
    seenAt: Date.parse('2024-01-01'),
  });
  const rec = (await getVersion(db, saved.versionId))!;
  const textBytes = Buffer.byteLength(rec.text, 'utf8');
  row(
    `nested-headings page (${(textBytes / 1e6).toFixed(2)} MB text, ${rec.clauses.length} clauses)`,
    `stored ${(rec.bytes / 1e6).toFixed(2)} MB, ${(rec.bytes / textBytes).toFixed(2)}× the text (goal ≤ 1.2)`,
  );
  db.close();
}
