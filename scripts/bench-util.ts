// Helpers shared by the benchmark modules: interleaved timing so both sides of a ratio see the same machine state.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The corpus beside the project (outside the repository, see its README). */
const OTA_DIR = join(root, '..', 'shared', 'corpus', 'ota');

/** Median wall time (ms) of fn over `runs` runs after `warmup` runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Times a and b alternately (a, b, a, b, …) and returns both medians and a/b. */
export function compareMs(
  a: () => unknown,
  b: () => unknown,
  runs = 15,
  warmup = 3,
): { a: number; b: number; ratio: number } {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  const med = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const ma = med(ta);
  const mb = med(tb);
  return { a: ma, b: mb, ratio: ma / mb };
}

export function row(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

/** The value of a `--name=value` argument. */
export function flag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * `contents` (TypeScript re-exports resolved from `resolveDir`) bundled and minified as scripts/build.ts bundles the
 * analysis worker, as an ES module for node. Unminified (`minify` false), each function keeps its name and each module
 * its `// src/…` comment, for a profile.
 */
export async function bundleAsShipped(contents: string, resolveDir: string, minify = true): Promise<Uint8Array> {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.contents;
}

/**
 * The `count` longest documents the corpus lists, longest first (file names relative to the corpus and their text);
 * null when the corpus is not beside the project.
 */
export function longestCorpusDocuments(count: number): Array<{ name: string; text: string }> | null {
  const index = join(OTA_DIR, 'index.json');
  if (!existsSync(index)) return null;
  return (JSON.parse(readFileSync(index, 'utf8')) as { documents: Array<{ file: string; bytes: number }> }).documents
    .slice()
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((d) => ({ name: d.file, text: readFileSync(join(OTA_DIR, d.file), 'utf8') }));
}

/** What the analysis benches time: the longest Zoom ToS (a fixture, so a fresh clone has it), then the corpus's longest. */
export function benchDocuments(count: number): Array<{ name: string; text: string }> {
  const zoom = 'zoom-tos-2023-08-07.md';
  return [
    { name: zoom, text: readFileSync(join(root, 'test', 'fixtures', 'terms', zoom), 'utf8') },
    ...(longestCorpusDocuments(count) ?? []),
  ];
}
