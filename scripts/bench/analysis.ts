// Analyser cost against a full compromise parse of the same text (the requirement: ≤ 0.1×), measured side by side,
// on the longest Zoom ToS and as the median over the 20 longest documents of ../shared/corpus/ota (when present);
// and the sentence classifier's share (src/core/analyze/model): analysis with the model as shipped and with the model
// on every category against the rules alone (goal: adds ≤ 20%), and the bytes it adds to the analysis worker's bundle
// (goal: ≤ 1 MB), read from esbuild's metafile. The analyser timed is what ships: the sources bundled and minified by
// esbuild, as the analysis worker has them (run from the sources under tsx, each function carries tsx's naming wrapper,
// which the bundle has not: about 3% more time). Also the first analysis of a fresh process against the first full
// parse of another (a cold start).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import type * as Analyze from '../../src/core/analyze';
import type * as PlainText from '../../src/core/analyze/plain-text';
import { bundleAsShipped, compareMs, longestCorpusDocuments, row } from '../bench-util';

const here = dirname(fileURLToPath(import.meta.url));
// The full parser is loaded from compromise's self-contained CJS build on purpose: the ESM entry points
// ('compromise' and 'compromise/one') share ONE world, so importing full compromise here would turn the analyser's
// compromise/one into the full tagger (and measure that instead). See src/core/analyze/README.md, "compromise quirks".
const nlpFull = createRequire(import.meta.url)('compromise') as (text: string) => { json(): unknown };

/** The analyser's entry points, from the bundle shippedAnalyser builds. */
type Analyser = Pick<typeof Analyze, 'analyzeClauses' | 'analyzeText'> & Pick<typeof PlainText, 'textToClauses'>;
let analyzeClauses: Analyser['analyzeClauses'];
let analyzeText: Analyser['analyzeText'];
let textToClauses: Analyser['textToClauses'];

export async function run(): Promise<void> {
  const bundle = await shippedBundle();
  ({ analyzeClauses, analyzeText, textToClauses } = await importBundle(bundle));
  row('analyser: esbuild bundle, minified, as the analysis worker ships it', '');
  // The longest Zoom ToS; test/fixtures keeps a copy so the bench runs from a fresh clone.
  const text = readFileSync(join(here, '..', '..', 'test', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md'), 'utf8');
  const clauses = textToClauses(text);
  analyzeText(text); // warm the lexicon and the compiled net once, as a long-lived extension context would
  const whole = compareMs(
    () => analyzeText(text),
    () => nlpFull(text).json(),
    15,
    3,
  );
  const only = compareMs(
    () => analyzeClauses(clauses),
    () => nlpFull(text).json(),
    15,
    3,
  );
  const high = compareMs(
    () => analyzeClauses(clauses, { sensitivity: 'high' }),
    () => nlpFull(text).json(),
    9,
    2,
  );
  row(`text: zoom-tos-2023-08-07.md (${text.length} chars, ${clauses.length} clauses)`, '');
  row('analyzeText (split + analyse), median ms', whole.a.toFixed(1));
  row('analyzeClauses (analyse only), median ms', only.a.toFixed(1));
  row('full compromise nlp(text).json(), median ms', whole.b.toFixed(1));
  row('ratio analyzeText / full parse (target ≤ 0.10)', whole.ratio.toFixed(3));
  row('ratio analyzeClauses / full parse (target ≤ 0.10)', only.ratio.toFixed(3));
  row("ratio analyzeClauses sensitivity 'high' / full parse", high.ratio.toFixed(3));
  corpusMedian();
  coldStart(bundle, text);

  const shipped = compareMs(
    () => analyzeClauses(clauses),
    () => analyzeClauses(clauses, { model: 'off' }),
    15,
    3,
  );
  const every = compareMs(
    () => analyzeClauses(clauses, { model: 'both' }),
    () => analyzeClauses(clauses, { model: 'off' }),
    15,
    3,
  );
  row('model: analyzeClauses as shipped / rules only (goal ≤ 1.20)', shipped.ratio.toFixed(3));
  row('model: analyzeClauses, model on all categories / rules only (goal ≤ 1.20)', every.ratio.toFixed(3));
  const bytes = await modelBundleBytes();
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  row(
    'model: bytes it adds to the analysis worker bundle (goal ≤ 1 MB)',
    `${kb(bytes.model)} of ${kb(bytes.total)} (weights.json gzip ${kb(bytes.weightsGzip)}); ratio to 1 MB ${(bytes.model / (1024 * 1024)).toFixed(3)}`,
  );
}

/** Corpus documents measured, and the timed runs per document (each document is long: a full parse takes seconds). */
const CORPUS_DOCS = 20;
const CORPUS_RUNS = 3;

/**
 * analyzeText ÷ a full compromise parse, per document of the 20 longest in the corpus (each pair timed side by side),
 * and the median of those ratios: one long page is no sample of real pages.
 */
function corpusMedian(): void {
  const docs = longestCorpusDocuments(CORPUS_DOCS);
  if (!docs) {
    row('corpus: ../shared/corpus/ota not found, median skipped', '');
    return;
  }
  const ratios: number[] = [];
  for (const { text } of docs) {
    const r = compareMs(
      () => analyzeText(text),
      () => nlpFull(text).json(),
      CORPUS_RUNS,
      0,
    );
    ratios.push(r.ratio);
  }
  ratios.sort((a, b) => a - b);
  const median = (ratios[(ratios.length - 1) >> 1]! + ratios[ratios.length >> 1]!) / 2;
  row(`corpus: ${docs.length} longest ../shared/corpus/ota documents, analyzeText / full parse`, '');
  row('  median ratio (target ≤ 0.10)', median.toFixed(3));
  row('  lowest, highest ratio', `${ratios[0]!.toFixed(3)}, ${ratios[ratios.length - 1]!.toFixed(3)}`);
}

/** Fresh processes timed per side in the cold-start comparison (each pays a full start: a few seconds). */
const COLD_RUNS = 3;

/**
 * The first analysis of a fresh process against the first full parse of another (both after their module loads, each
 * building its lexicon and compiled patterns on first use, as a stopped worker's first page does), taken in turns, and
 * the ratio of their medians: most pages meet a cold worker (an idle one stops after a minute).
 */
function coldStart(bundle: Uint8Array, text: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-bench-cold-'));
  try {
    const analyser = join(dir, 'analyser.mjs');
    const page = join(dir, 'page.txt');
    writeFileSync(analyser, bundle);
    writeFileSync(page, text);
    const compromise = createRequire(import.meta.url).resolve('compromise');
    const timed = (setup: string, first: string): number => {
      const script = [
        "import { readFileSync } from 'node:fs';",
        "import { createRequire } from 'node:module';",
        `const text = readFileSync(${JSON.stringify(page)}, 'utf8');`,
        setup,
        'const t0 = performance.now();',
        first,
        'console.log(performance.now() - t0);',
      ].join('\n');
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      return Number(out.trim());
    };
    const analyse: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      analyse.push(
        timed(`const m = await import(${JSON.stringify(pathToFileURL(analyser).href)});`, 'm.analyzeText(text);'),
      );
      full.push(
        timed(`const nlp = createRequire(import.meta.url)(${JSON.stringify(compromise)});`, 'nlp(text).json();'),
      );
    }
    const median = (xs: number[]): number => xs.sort((x, y) => x - y)[xs.length >> 1]!;
    row(`cold start: first analyzeText / first full parse, fresh processes (median of ${COLD_RUNS} each), ms`, '');
    row('  analyzeText, full parse', `${median(analyse).toFixed(0)}, ${median(full).toFixed(0)}`);
    row('  ratio (target ≤ 0.10)', (median(analyse) / median(full)).toFixed(3));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The analyser bundled and minified as scripts/build.ts bundles the analysis worker, as an ES module for node (the
 * worker's bundle is an IIFE for browsers).
 */
async function shippedBundle(): Promise<Uint8Array> {
  return bundleAsShipped(
    [
      "export { analyzeClauses, analyzeText } from './src/core/analyze';",
      "export { textToClauses } from './src/core/analyze/plain-text';",
    ].join('\n'),
    join(here, '..', '..'),
  );
}

/** The bundle imported from a temporary file, the file then removed. */
async function importBundle(bundle: Uint8Array): Promise<Analyser> {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-bench-'));
  try {
    const file = join(dir, 'analyser.mjs');
    writeFileSync(file, bundle);
    return (await import(pathToFileURL(file).href)) as Analyser;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Minified bytes of src/core/analyze/model/** in the analysis worker's bundle, as scripts/build.ts bundles it. */
async function modelBundleBytes(): Promise<{ model: number; total: number; weightsGzip: number }> {
  const root = join(here, '..', '..');
  const out = await build({
    entryPoints: [join(root, 'src', 'analysis', 'worker-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    write: false,
    metafile: true,
  });
  const [output] = Object.values(out.metafile.outputs);
  let model = 0;
  for (const [path, info] of Object.entries(output!.inputs))
    if (path.includes('src/core/analyze/model/')) model += info.bytesInOutput;
  const weights = readFileSync(join(root, 'src', 'core', 'analyze', 'model', 'weights.json'));
  return { model, total: output!.bytes, weightsGzip: gzipSync(weights).length };
}
