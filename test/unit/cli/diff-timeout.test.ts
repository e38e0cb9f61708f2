// `termwatch diff` runs the comparison in an analysis worker with a time budget, as `analyze` does per document: a
// pair that takes too long (here a test worker that spins synchronously on x.stall.md, as a backtracking regex would)
// ends with one line and exit 1 instead of hanging.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { testWorkers } from './test-workers';

const dir = mkdtempSync(join(tmpdir(), 'termwatch-diff-timeout-'));
const p = (name: string): string => join(dir, name);
const BEFORE = '# Terms\n\nWe may share your personal data with advertisers.\n';
const AFTER = '# Terms\n\nWe may share your personal data with advertisers and sell it to data brokers.\n';

beforeAll(async () => {
  writeFileSync(p('old.md'), BEFORE);
  writeFileSync(p('new.md'), AFTER);
  writeFileSync(p('x.stall.md'), AFTER);
  writeFileSync(p('x.throw.md'), AFTER);
  await testWorkers(); // bundle once, outside the tests' time
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function misbehaving(argv: string[]): ReturnType<typeof runCli> {
  return runCli(argv, { analysisWorker: (await testWorkers()).misbehaving });
}

describe('termwatch diff --timeout', { timeout: 120_000 }, () => {
  it('a comparison that overruns stops with one line and exit 1', async () => {
    const start = performance.now();
    const r = await misbehaving(['diff', '--timeout', '2', p('old.md'), p('x.stall.md')]);
    expect(r.stderr).toBe(`termwatch: comparing ${p('old.md')} and ${p('x.stall.md')} took longer than 2 s; stopped\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(performance.now() - start).toBeLessThan(60_000);
  });

  it('a comparison whose analysis throws: one line naming the files, exit 1', async () => {
    const r = await misbehaving(['diff', p('old.md'), p('x.throw.md')]);
    expect(r.stderr).toBe(`termwatch: ${p('old.md')} → ${p('x.throw.md')} could not be analysed (simulated bug)\n`);
    expect(r.code).toBe(1);
  });

  it('within the budget, the diff is printed as before', async () => {
    const r = await misbehaving(['diff', '--timeout', '60', '--format', 'json', p('old.md'), p('new.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.stringify(JSON.parse(r.stdout))).toMatch(/data_sale/);
  });

  it('a bad --timeout is a usage error', async () => {
    const r = await runCli(['diff', '--timeout', '0', p('old.md'), p('new.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--timeout/);
  });
});
