// The analyser of this working tree against the analyser of another commit, both bundled as the analysis worker ships
// them (esbuild, minified): first both in this process, to check that they give the same result (JSON) for every
// document (a cost change must not move a verdict); then each timed in fresh processes taken in turns, so that both
// sides meet the same machine load (the machine is shared): the paired ratio this/base per document and round, and
// their medians, with the load average.
//   npx tsx scripts/bench-ab-analysis.ts [--base=COMMIT] [--this=COMMIT] [--rounds=5] [--runs=3] [--docs=20] [--sensitivity=every]
//     [--allow-different]   (time even when the two analysers' results differ; otherwise a difference stops the run)
//     [--cpu]   (time by the child's CPU time, process.cpuUsage, not the wall clock: on a machine loaded far beyond its
//               cores, a process waits for a core for much of its wall time; one small change timed at load 16 on two
//               cores gave wall ratios 1.39 1.32 0.51 1.13 by round, and CPU-time ratios 1.01 1.11 0.97 0.92; the cores'
//               caches are still shared, so take more rounds at such a load)
// The documents: the Zoom ToS fixture and the longest documents of ../shared/corpus/ota (as the analysis bench).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type * as Analyze from '../src/core/analyze';
import { benchDocuments, bundleAsShipped, flag, median } from './bench-util';

type AnalyzeText = typeof Analyze.analyzeText;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The analyser's analyzeText from the sources under `dir`, bundled and minified as the worker ships it. */
async function analyserFrom(dir: string, tmp: string, name: string): Promise<AnalyzeText> {
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, await bundleAsShipped("export { analyzeText } from './src/core/analyze';", dir));
  return ((await import(pathToFileURL(file).href)) as { analyzeText: AnalyzeText }).analyzeText;
}

/** The sources of `commit` (src/ only) in a temporary folder that resolves packages from this tree's node_modules. */
function checkout(commit: string, tmp: string, name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  const tar = execFileSync('git', ['archive', commit, 'src', 'package.json'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Per document, the median ms of `runs` analyzeText calls in a fresh node process that loads `bundle` alone (after one
 * warm-up pass over the documents).
 */
function timedChild(
  bundle: string,
  count: number,
  sensitivity: string | undefined,
  runs: number,
  cpu: boolean,
): number[] {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      `--child=${bundle}`,
      `--docs=${count}`,
      `--runs=${runs}`,
      ...(sensitivity ? [`--sensitivity=${sensitivity}`] : []),
      ...(cpu ? ['--cpu'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as number[];
}

/** The child of timedChild: prints the per-document medians as JSON. */
async function child(bundle: string): Promise<void> {
  const { analyzeText } = (await import(pathToFileURL(bundle).href)) as { analyzeText: AnalyzeText };
  const sensitivity = flag('sensitivity') as Analyze.AnalyzeOptions['sensitivity'];
  const opts = sensitivity ? { sensitivity } : {};
  const docs = benchDocuments(Number(flag('docs') ?? 20));
  for (const d of docs) analyzeText(d.text, opts);
  const times: number[][] = docs.map(() => []);
  // CPU time (user and system, of every thread: the collector's too) in ms, or the wall clock.
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const now = process.argv.includes('--cpu') ? cpuMs : (): number => performance.now();
  for (let r = 0; r < Number(flag('runs') ?? 3); r++)
    docs.forEach((d, i) => {
      const t0 = now();
      analyzeText(d.text, opts);
      times[i]!.push(now() - t0);
    });
  console.log(JSON.stringify(times.map(median)));
}

async function main(): Promise<void> {
  const childOf = flag('child');
  if (childOf) return child(childOf);
  const base = flag('base') ?? 'HEAD';
  const rounds = Number(flag('rounds') ?? 5);
  const sensitivity = flag('sensitivity') as Analyze.AnalyzeOptions['sensitivity'];
  const opts = sensitivity ? { sensitivity } : {};
  const tmp = mkdtempSync(join(tmpdir(), 'termwatch-ab-'));
  try {
    const self = flag('this');
    const loadMine = (): Promise<AnalyzeText> => analyserFrom(self ? checkout(self, tmp, 'this') : root, tmp, 'this');
    const loadTheirs = (): Promise<AnalyzeText> => analyserFrom(checkout(base, tmp, 'base'), tmp, 'base');
    const mine = await loadMine();
    const theirs = await loadTheirs();
    const docs = benchDocuments(Number(flag('docs') ?? 20));
    let differ = 0;
    for (const d of docs)
      if (JSON.stringify(mine(d.text, opts)) !== JSON.stringify(theirs(d.text, opts))) {
        differ++;
        console.log(`DIFFERENT RESULT: ${d.name}`);
      }
    console.log(`documents: ${docs.length}, results differ on ${differ}`);
    if (differ > 0 && !process.argv.includes('--allow-different')) {
      console.log('not timed: a cost change must not move a result (--allow-different to time anyway)');
      process.exitCode = 1;
      return;
    }
    const runs = Number(flag('runs') ?? 3);
    // Timed in fresh processes, one analyser each, taken in turns (this, base, base, this, …): two bundles of the same
    // commit timed in one process differ by ±20%, the one that ran first being faster ever after (a null A/B).
    const perDoc: number[][] = docs.map(() => []);
    const totals: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? (['base', 'this'] as const) : (['this', 'base'] as const);
      const ms = { this: [] as number[], base: [] as number[] };
      for (const side of order)
        ms[side] = timedChild(join(tmp, `${side}.mjs`), docs.length, sensitivity, runs, process.argv.includes('--cpu'));
      docs.forEach((_, i) => perDoc[i]!.push(ms.this[i]! / ms.base[i]!));
      const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
      totals.push(sum(ms.this) / sum(ms.base));
      console.log(
        `round ${r}: this ${sum(ms.this).toFixed(0)} ms, base ${sum(ms.base).toFixed(0)} ms${process.argv.includes('--cpu') ? ' (CPU time)' : ''}, ratio ${totals[r]!.toFixed(3)}; load ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    const docMedians = perDoc.map(median);
    console.log(`zoom: median ratio this/base ${docMedians[0]!.toFixed(3)}`);
    console.log(`median over documents of each document's median ratio: ${median(docMedians).toFixed(3)}`);
    console.log(
      `total per round: ratios ${totals.map((t) => t.toFixed(3)).join(' ')}, median ${median(totals).toFixed(3)}`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
