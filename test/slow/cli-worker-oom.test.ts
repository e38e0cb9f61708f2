// A document that exhausts its worker's heap costs that document only: the pool reports "out of memory" and the next
// document gets a new worker. Slow: filling even a small heap takes V8 many garbage collections.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/batch/worker-pool';
import { testWorkers } from '../unit/cli/test-workers';

const TERMS = '# Terms\n\nWe may share your personal data with advertisers.\n';
const task = (path: string): Parameters<WorkerPool['run']>[0] => ({
  file: { path, content: TERMS, bytes: TERMS.length, mtimeMs: 0 },
  format: 'ndjson',
});

let pool: WorkerPool | undefined;
beforeAll(() => testWorkers(), 120_000);
afterEach(() => pool?.close());

describe('WorkerPool, out of memory', { timeout: 180_000 }, () => {
  it('"crashed: out of memory", and the next document gets a new worker', async () => {
    // A small heap, so that the hog reaches it soon; the analyser itself fits.
    pool = new WorkerPool({
      entry: (await testWorkers()).misbehaving,
      size: 1,
      timeoutMs: 120_000,
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });
    expect(await pool.run(task('x.hog.md'))).toEqual({ kind: 'crashed', message: 'out of memory' });
    expect(await pool.run(task('a.md'))).toMatchObject({ kind: 'done' });
    expect(pool.started).toBe(2);
  });
});
