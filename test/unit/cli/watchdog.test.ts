// One slow, failing or unreadable file among good ones: it costs one stderr line naming it, every other file's report
// is written (in input order, as soon as it is done), and the exit code says some files failed. The slow file is a
// test worker that spins synchronously, as a backtracking regex would (misbehave-worker.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { testWorkers } from './test-workers';

const dir = mkdtempSync(join(tmpdir(), 'termwatch-watchdog-'));
const p = (name: string): string => join(dir, name);
const TERMS = '# Terms\n\nWe may share your personal data with advertisers. You can opt out at any time.\n';

beforeAll(async () => {
  for (const name of ['a.md', 'b.md', 'c.md', 'x.stall.md', 'x.throw.md', 'x.exit.md']) writeFileSync(p(name), TERMS);
  writeFileSync(p('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(p('latin1.txt'), Buffer.from([0x54, 0x65, 0x72, 0x6d, 0x73, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  writeFileSync(p('empty.md'), '');
  await testWorkers(); // bundle once, outside the tests' time
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sources = (ndjson: string): string[] =>
  ndjson
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as { document: { source: string } }).document.source);

async function misbehaving(argv: string[]): ReturnType<typeof runCli> {
  return runCli(argv, { analysisWorker: (await testWorkers()).misbehaving });
}

// A worker start, a spin to the timeout and a replacement worker: seconds each on a loaded machine.
describe('termwatch analyze --timeout', { timeout: 120_000 }, () => {
  it('a file that overruns is abandoned with one line; the files before and after it are reported', async () => {
    const start = performance.now();
    const r = await misbehaving([
      'analyze',
      '--format',
      'ndjson',
      '--timeout',
      '2',
      '--jobs',
      '1',
      p('a.md'),
      p('x.stall.md'),
      p('b.md'),
    ]);
    expect(r.stderr).toBe(`termwatch: ${p('x.stall.md')} took longer than 2 s; skipped\n`);
    expect(r.code).toBe(1);
    // b.md ran on a fresh worker: the one that spun was terminated, not left burning a core.
    expect(sources(r.stdout)).toEqual([p('a.md'), p('b.md')]);
    expect(performance.now() - start).toBeLessThan(60_000);
    // Written as it went: a.md's line was out before the stalled file was given up on.
    expect(r.writes.map((w) => w.to)).toEqual(['stdout', 'stderr', 'stdout']);
  });

  it('--format json with two workers: an array of the good files in input order', async () => {
    const r = await misbehaving([
      'analyze',
      '--format',
      'json',
      '--timeout',
      '2',
      '--jobs',
      '2',
      p('a.md'),
      p('x.stall.md'),
      p('b.md'),
      p('c.md'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^termwatch: \S+x\.stall\.md took longer than 2 s; skipped\n$/);
    const out = JSON.parse(r.stdout) as { document: { source: string } }[];
    expect(out.map((d) => d.document.source)).toEqual([p('a.md'), p('b.md'), p('c.md')]);
  });

  it('a document whose analysis throws, and one whose worker dies: one line each, the rest kept', async () => {
    const r = await misbehaving([
      'analyze',
      '--format',
      'ndjson',
      '--jobs',
      '1',
      p('x.throw.md'),
      p('a.md'),
      p('x.exit.md'),
      p('b.md'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `termwatch: ${p('x.throw.md')} could not be analysed (simulated bug)`,
      `termwatch: ${p('x.exit.md')}: the analysis stopped (exited with code 7); skipped`,
    ]);
    expect(sources(r.stdout)).toEqual([p('a.md'), p('b.md')]);
  });
});

describe('termwatch analyze with broken files among good ones', { timeout: 120_000 }, () => {
  it('each bad file is one line, in input order; every good file is reported; exit 1', async () => {
    const files = [p('a.md'), p('image.png'), p('b.md'), p('missing.md'), p('latin1.txt'), p('empty.md'), p('c.md')];
    const r = await runCli(['analyze', '--format', 'ndjson', ...files]);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([p('a.md'), p('b.md'), p('c.md')]);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/image\.png looks like a binary file/);
    expect(lines[1]).toMatch(/missing\.md: no such file/);
    expect(lines[2]).toMatch(/latin1\.txt is not valid UTF-8/);
    expect(lines[3]).toMatch(/empty\.md is empty/);
    // The reports and the error lines interleave in input order.
    expect(r.writes.map((w) => w.to)).toEqual(['stdout', 'stderr', 'stdout', 'stderr', 'stderr', 'stderr', 'stdout']);
  });

  it('text format: the good file’s report, then the bad file’s line', async () => {
    const r = await runCli(['analyze', p('a.md'), p('missing.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('We may share your personal data');
    expect(r.stderr).toBe(`termwatch: ${p('missing.md')}: no such file\n`);
  });

  it('--timings: a line per file and a summary on stderr; stdout unchanged', async () => {
    const r = await runCli(['analyze', '--format', 'ndjson', '--timings', p('a.md'), p('b.md')]);
    expect(r.code).toBe(0);
    expect(sources(r.stdout)).toEqual([p('a.md'), p('b.md')]);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^termwatch: timing \d+\.\d\d s \S+a\.md$/);
    expect(lines[1]).toMatch(/^termwatch: timing \d+\.\d\d s \S+b\.md$/);
    expect(lines[2]).toMatch(/^termwatch: 2 files in \d+\.\d\d s \([\d.]+ files\/s\), 0 failed, \d at once; slowest: /);
  });
});
