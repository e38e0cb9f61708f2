// WorkerPool on its own: workers are reused, one that overruns is replaced, and a worker that cannot start fails the
// run instead of every document one by one. (Out of memory: test/slow/cli-worker-oom.test.ts.)
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFile } from '../../../src/cli/load-file';
import { moduleEntry } from '../../../src/cli/batch/worker-entry';
import { WorkerPool } from '../../../src/cli/batch/worker-pool';
import { testWorkers } from './test-workers';

const TERMS = '# Terms\n\nWe may share your personal data with advertisers.\n';
const file = (path: string): LoadedFile => ({ path, content: TERMS, bytes: TERMS.length, mtimeMs: 0 });
const task = (path: string): { file: LoadedFile; format: 'ndjson' } => ({ file: file(path), format: 'ndjson' });

let pool: WorkerPool | undefined;
beforeAll(() => testWorkers(), 120_000);
afterEach(() => pool?.close());

describe('WorkerPool', { timeout: 120_000 }, () => {
  it('reuses one worker for document after document', async () => {
    pool = new WorkerPool({ entry: (await testWorkers()).misbehaving, size: 1, timeoutMs: 30_000 });
    const outcomes = [];
    for (const name of ['a.md', 'b.md', 'c.md']) outcomes.push(await pool.run(task(name)));
    expect(outcomes.map((o) => o.kind)).toEqual(['done', 'done', 'done']);
    expect(pool.started).toBe(1);
  });

  it('a worker script that cannot start rejects every waiting document with the reason', async () => {
    pool = new WorkerPool({
      entry: moduleEntry(new URL('file:///nonexistent/termwatch-worker.mjs')),
      size: 2,
      timeoutMs: 30_000,
    });
    const runs = [pool.run(task('a.md')), pool.run(task('b.md'))];
    for (const run of runs) await expect(run).rejects.toThrow(/the analysis worker did not start/);
  });
});
