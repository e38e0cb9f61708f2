// `npm run bench` imports every module of scripts/bench/ and calls its run(): a script there that does its work when
// imported (a command-line tool with its own flags) would run, or exit, in the middle of the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH_DIR = fileURLToPath(new URL('../../../scripts/bench/', import.meta.url));
const modules = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.ts'));

describe('scripts/bench modules', () => {
  it('finds the modules', () => expect(modules.length).toBeGreaterThan(3));

  it.each(modules)('%s exports run() and does nothing else when imported', (file) => {
    const source = readFileSync(BENCH_DIR + file, 'utf8');
    expect(source).toMatch(/^export (?:async )?function run\(/m);
    // No statement at the top level that runs on import: a call (main(), void main(), await main()) or process.*.
    expect(source).not.toMatch(/^(?:(?:void|await)\s+)?[\w.]+\(|^process\./m);
  });
});
