// Where the analysis spends its time: a CPU profile of analyzeText over the Zoom ToS fixture and the longest documents
// of ../shared/corpus/ota (as the analysis bench reads them), summed per function. The analyser is bundled by esbuild
// as the worker ships it but not minified, so that a function keeps its name, and each is named with the source file
// that the bundle's module comments give. Only the timed rounds are profiled (after one warm-up pass, through the
// inspector), at a 200 µs sampling interval. A share of the profile is steadier than a wall time on a shared machine;
// `--no-inline` (V8's --no-turbo-inlining, in a child process) gives each small function its own time, at the price of
// a slower run whose shares lean towards the functions called most.
//   npx tsx scripts/profile-analysis.ts [--docs=20] [--rounds=3] [--top=25] [--lines=matchBody] [--out=FILE.cpuprofile]
//     [--no-inline]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type * as Analyze from '../src/core/analyze';
import { benchDocuments, bundleAsShipped, flag } from './bench-util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The source file of each line of the bundle, from esbuild's `// src/…` module comments. */
function sourceOfLines(bundle: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) file = m[1]!.replace(/^node_modules\//, '').replace(/^src\/core\/analyze\//, '');
    out.push(file);
  }
  return out;
}

/** Self and total time per function (a recursive function's total counted once per sample). */
function summed(
  profile: Profile,
  name: (f: CallFrame) => string,
): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const own = name(byId.get(id)!.callFrame);
    self.set(own, (self.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  return { self, total };
}

async function main(): Promise<void> {
  if (process.argv.includes('--no-inline') && !process.argv.includes('--child')) {
    const args = process.argv.slice(2).filter((a) => a !== '--no-inline');
    execFileSync(
      process.execPath,
      ['--no-turbo-inlining', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...args],
      { stdio: 'inherit' },
    );
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'termwatch-profile-'));
  try {
    const file = join(tmp, 'analyser.mjs');
    writeFileSync(file, await bundleAsShipped("export { analyzeText } from './src/core/analyze';", root, false));
    const lines = sourceOfLines(readFileSync(file, 'utf8'));
    const { analyzeText } = (await import(pathToFileURL(file).href)) as { analyzeText: typeof Analyze.analyzeText };
    const docs = benchDocuments(Number(flag('docs') ?? 20)).map((d) => d.text);
    for (const d of docs) analyzeText(d);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const rounds = Number(flag('rounds') ?? 3);
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const d of docs) analyzeText(d);
    const ms = performance.now() - t0;
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    session.disconnect();
    const saveTo = flag('out');
    if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
    const inBundle = (f: CallFrame): boolean => f.url.endsWith('analyser.mjs');
    const name = (f: CallFrame): string =>
      inBundle(f)
        ? `${f.functionName || '(anonymous)'} (${lines[f.lineNumber] ?? '?'}:${f.lineNumber + 1})`
        : f.functionName || f.url || '(program)';
    const { self, total } = summed(profile, name);
    const all = profile.timeDeltas.reduce((a, b) => a + b, 0);
    const top = Number(flag('top') ?? 25);
    const show = (title: string, m: Map<string, number>): void => {
      console.log(`\n${title}`);
      for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`${((t / all) * 100).toFixed(2).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    };
    console.log(
      `${docs.length} documents × ${rounds} rounds: ${ms.toFixed(0)} ms (profiled ${(all / 1000).toFixed(0)} ms); load ${loadavg()[0]!.toFixed(1)}`,
    );
    show('by self time', self);
    show('by total time', total);
    // Line ticks of one function (where inside it the samples fell; inlined callees count at their call's line).
    const fn = flag('lines');
    if (fn) {
      const source = readFileSync(file, 'utf8').split('\n');
      const ticks = new Map<number, number>();
      for (const n of profile.nodes)
        if (n.callFrame.functionName === fn && inBundle(n.callFrame))
          for (const p of n.positionTicks ?? []) ticks.set(p.line, (ticks.get(p.line) ?? 0) + p.ticks);
      console.log(`\nlines of ${fn}, share of all samples`);
      for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(
          `${((t / profile.samples.length) * 100).toFixed(2).padStart(6)}%  ${lines[line - 1]}:${line}  ${source[line - 1]!.trim().slice(0, 110)}`,
        );
    }
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
