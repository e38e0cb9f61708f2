// `npm run eval -- detection-borrowed`: the detector alone on legal documents nobody tuned it on, as plain text with
// no name and no URL (issue 16): OPP-115's privacy policies (segments joined in order), CLAUDETTE's terms of service
// (sentences joined in order), and the terms/privacy snapshots of ../shared/corpus/terms; and, for comparison, the
// open part of detection-real's documents (not of a held-back service) with their Markdown flattened the same way.
// Each whole, and cut to its first N characters (pages whose legal text is short or cut). Only the development half
// of OPP-115 and CLAUDETTE is read, by the split the analysis eval uses (scripts/eval/analysis.ts `half`): the
// held-out half is never scored. The other way: the fixture pages labelled non-legal (test/fixtures/pages), each at
// a URL that names nothing, must stay non-legal.
//   --misses   list each miss (development halves only) with the detector's reasons
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { htmlToDocument, releaseDocument } from '../../src/cli/source';
import { detectPage } from '../../src/core/detect';
import type { Detection, DocumentKind } from '../../src/core/types';
import { isHeldBack } from '../gold/documents';
import { half } from './analysis';
import { MIN_WORDS } from './detection-real';
import { neutralUrl } from './real/run-document';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'pages');

interface Source {
  set: string;
  id: string;
  want: DocumentKind;
  paragraphs: string[];
}

/** Document cuts: the whole text, and its first N characters (at a word boundary). */
export const CUTS = [0, 5000, 2000] as const;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const stripTags = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

async function jsonl(path: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for await (const line of createInterface({ input: createReadStream(path) }))
    if (line.trim()) rows.push(JSON.parse(line) as Record<string, unknown>);
  return rows;
}

/** The analysis eval's document id: what comes before the first "/" or "#" of an item id. */
const docOf = (id: string): string => id.split(/[/#]/)[0] ?? id;

/** Rows grouped by document and ordered; development half only. */
function grouped(
  rows: Array<Record<string, unknown>>,
  doc: string,
  order: string,
  text: string,
): Map<string, string[]> {
  const byDoc = new Map<string, Array<[number, string]>>();
  for (const r of rows) {
    const id = String(r[doc]);
    if (half(docOf(id)) !== 'dev') continue;
    let list = byDoc.get(id);
    if (!list) byDoc.set(id, (list = []));
    list.push([Number(r[order]), stripTags(String(r[text]))]);
  }
  return new Map([...byDoc].map(([id, list]) => [id, list.sort((a, b) => a[0] - b[0]).map(([, t]) => t)]));
}

/** Markdown as plain paragraphs: headings, emphasis and link targets dropped, as a page's text reads. */
function plainMarkdown(md: string): string[] {
  return md
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/^#{1,6}[ \t]+/gm, '')
        .replace(/^(=+|-+)[ \t]*$/gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

export async function sources(corpusDir: string): Promise<Source[]> {
  const out: Source[] = [];
  const labelled = join(corpusDir, 'labelled');
  const opp = grouped(
    await jsonl(join(labelled, 'opp115-segments-consolidated-0.75.jsonl')),
    'policy',
    'segment_id',
    'text',
  );
  for (const [id, paragraphs] of opp) out.push({ set: 'OPP-115 privacy policies', id, want: 'privacy', paragraphs });
  const cl = grouped(
    await jsonl(join(labelled, 'claudette-multilingual-en-sentences.jsonl')),
    'doc',
    'line',
    'sentence',
  );
  for (const [id, paragraphs] of cl) out.push({ set: 'CLAUDETTE terms of service', id, want: 'terms', paragraphs });
  const termsDir = join(corpusDir, 'terms');
  for (const f of readdirSync(termsDir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    const want: DocumentKind | null = /privacy/.test(f) ? 'privacy' : /tos|terms/.test(f) ? 'terms' : null;
    if (want)
      out.push({
        set: 'terms/ snapshots',
        id: f,
        want,
        paragraphs: plainMarkdown(readFileSync(join(termsDir, f), 'utf8')),
      });
  }
  const ota = join(corpusDir, 'ota');
  const index = JSON.parse(readFileSync(join(ota, 'index.json'), 'utf8')) as {
    documents: Array<{ file: string; service: string; type: string }>;
  };
  for (const d of index.documents) {
    const want = OTA_TYPES[d.type];
    if (!want || isHeldBack(d.service)) continue;
    const paragraphs = plainMarkdown(readFileSync(join(ota, d.file), 'utf8'));
    if (paragraphs.join(' ').split(/\s+/).length >= MIN_WORDS)
      out.push({ set: 'OTA open part, flattened', id: d.file, want, paragraphs });
  }
  return out;
}

const OTA_TYPES: Readonly<Record<string, DocumentKind>> = { 'Terms of Service': 'terms', 'Privacy Policy': 'privacy' };

/** The paragraphs up to `chars` characters (0: all), the last cut at a word boundary. */
function cut(paragraphs: readonly string[], chars: number): string[] {
  if (!chars) return [...paragraphs];
  const out: string[] = [];
  let left = chars;
  for (const p of paragraphs) {
    if (left <= 0) break;
    out.push(p.length <= left ? p : p.slice(0, p.lastIndexOf(' ', left) > 0 ? p.lastIndexOf(' ', left) : left));
    left -= p.length + 1;
  }
  return out;
}

interface Row {
  source: Source;
  chars: number;
  detection: Detection;
}

async function detectAll(corpusDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  let n = 0;
  for (const source of await sources(corpusDir))
    for (const chars of CUTS) {
      const html = `<!doctype html><html><head></head><body>${cut(source.paragraphs, chars)
        .map((p) => `<p>${esc(p)}</p>`)
        .join('\n')}</body></html>`;
      const url = neutralUrl(n++);
      const doc = htmlToDocument(html, url);
      try {
        rows.push({ source, chars, detection: detectPage(doc, url) });
      } finally {
        await releaseDocument(doc);
      }
    }
  return rows;
}

/** The fixture pages labelled non-legal, each at a URL that names nothing (their own URL may give them away). */
function nonLegalPages(): Array<{ file: string; detection: Detection }> {
  const labels = JSON.parse(readFileSync(join(pagesDir, 'labels.json'), 'utf8')) as Array<{
    file: string;
    kind: string;
  }>;
  return labels
    .filter((l) => l.kind === 'other')
    .map((l, i) => {
      const url = neutralUrl(i);
      return {
        file: l.file,
        detection: detectPage(htmlToDocument(readFileSync(join(pagesDir, l.file), 'utf8'), url), url),
      };
    });
}

interface Score {
  documents: number;
  legal: number;
  kindCorrect: number;
}
const score = (rows: readonly Row[]): Score => ({
  documents: rows.length,
  legal: rows.filter((r) => r.detection.isLegal).length,
  kindCorrect: rows.filter((r) => r.detection.kind === r.source.want).length,
});
const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
const cutName = (chars: number): string => (chars ? `first ${chars} chars` : 'whole');

export async function run(corpusDir: string, args: readonly string[] = []): Promise<void> {
  const started = Date.now();
  const rows = await detectAll(corpusDir);
  console.log('detector only, plain text paragraphs, no title, no heading markup, a URL that names nothing');
  console.log('development halves only (OPP-115 and CLAUDETTE split as in scripts/eval/analysis.ts)');
  const sets = [...new Set(rows.map((r) => r.source.set))];
  for (const set of sets)
    for (const chars of CUTS) {
      const s = score(rows.filter((r) => r.source.set === set && r.chars === chars));
      console.log(
        `${set.padEnd(28)} ${cutName(chars).padEnd(18)} ${String(s.documents).padStart(3)} docs  recall ${s.legal}/${s.documents} (${ratio(s.legal, s.documents)})  kind ${s.kindCorrect}/${s.documents} (${ratio(s.kindCorrect, s.documents)})`,
      );
    }
  const fp = nonLegalPages();
  const flagged = fp.filter((r) => r.detection.isLegal);
  console.log(
    `${'fixture non-legal pages'.padEnd(28)} ${'at a neutral URL'.padEnd(18)} ${String(fp.length).padStart(3)} pages detected as legal ${flagged.length}${flagged.length ? `: ${flagged.map((r) => r.file).join(', ')}` : ''}`,
  );
  const misses = rows.filter((r) => r.detection.kind !== r.source.want);
  if (args.includes('--misses'))
    for (const r of misses)
      console.log(
        `  ${r.source.set} ${r.source.id} [${cutName(r.chars)}]: want ${r.source.want}, got ${r.detection.kind} · ${r.detection.reasons.join('; ')}`,
      );
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export async function json(corpusDir: string): Promise<object> {
  const rows = await detectAll(corpusDir);
  const out: Record<string, Score> = {};
  for (const r of rows) {
    const key = `${r.source.set} / ${cutName(r.chars)}`;
    out[key] ??= score(rows.filter((x) => x.source.set === r.source.set && x.chars === r.chars));
  }
  return out;
}
