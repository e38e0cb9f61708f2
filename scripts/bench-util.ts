// Helpers shared by the benchmark modules: interleaved timing so both sides of a ratio see the same machine state.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';

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
 * analysis worker, as an ES module for node.
 */
export async function bundleAsShipped(contents: string, resolveDir: string): Promise<Uint8Array> {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.contents;
}
