// A long page split between two workers: each worker analyses its part of the clause list, and the parts' findings,
// joined in order, are exactly the findings of the whole; a short page stays on one worker.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import { analysisRequest, requestClauses, type WorkerJob, type WorkerReply } from '../../../src/analysis/protocol';
import type { WorkerLike } from '../../../src/analysis/worker-client';
import { SPLIT_MIN_CHARS, splitRequest, WorkerPool } from '../../../src/analysis/worker-pool';

/** A fake worker that analyses what it is sent, as the real one does (worker-entry.ts), and records it. */
class RecordingWorker implements WorkerLike {
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  constructor(private readonly jobs: WorkerJob[]) {}
  postMessage(job: WorkerJob): void {
    this.jobs.push(job);
    const { analyserVersion, languageSupported, findings } = analyzeClauses(requestClauses(job), job.options);
    setTimeout(
      () =>
        this.onmessage?.({ data: { id: job.id, ok: true, output: { analyserVersion, languageSupported, findings } } }),
      0,
    );
  }
  terminate(): void {}
}

const SENTENCES = [
  'We may use your content to train our machine learning models.',
  'We never sell your personal information.',
  'We may share your personal information with our advertising partners.',
  'You can close your account at any time from the settings page.',
];

/** Clauses of at least `chars` characters of text, with their text (as the content script sends them). */
function longPage(chars: number): { text: string; request: ReturnType<typeof analysisRequest> } {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const line = `${i}. ${SENTENCES[i % SENTENCES.length]!}`;
    lines.push(line);
    n += line.length;
  }
  const text = lines.join('\n');
  const clauses = textToClauses(text).map((c) => ({ ...c }));
  return { text, request: analysisRequest(clauses, {}) };
}

describe('splitRequest', () => {
  it('keeps a short page whole, and splits a long one into ranges that cover every clause once, in order', () => {
    const short = longPage(1_000).request;
    expect(splitRequest(short, 2)).toEqual([short]);
    const long = longPage(SPLIT_MIN_CHARS + 1_000).request;
    expect(splitRequest(long, 1)).toEqual([long]);
    const parts = splitRequest(long, 2);
    expect(parts).toHaveLength(2);
    const n = requestClauses(long).length;
    expect(parts.map((p) => p.range)).toEqual([
      [0, parts[0]!.range![1]],
      [parts[0]!.range![1], n],
    ]);
    // About half the text each.
    expect(Math.abs(parts[0]!.range![1] - n / 2)).toBeLessThan(n / 10);
  });
});

describe('WorkerPool', () => {
  it('analyses a long page in two workers and gives the findings of the whole, in order', async () => {
    const jobs: WorkerJob[] = [];
    const spawned: RecordingWorker[] = [];
    const pool = new WorkerPool({
      spawn: () => {
        const w = new RecordingWorker(jobs);
        spawned.push(w);
        return w;
      },
      budgetMs: 60_000,
      idleMs: 60_000,
      lanes: 2,
    });
    const { request } = longPage(SPLIT_MIN_CHARS + 1_000);
    const out = await pool.analyse(request);
    pool.dispose();
    expect(spawned).toHaveLength(2);
    expect(jobs.map((j) => j.range)).toHaveLength(2);
    const whole = analyzeClauses(requestClauses(request));
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.findings).toEqual(whole.findings);
  }, 60_000);

  it('keeps a short page on one worker', async () => {
    const jobs: WorkerJob[] = [];
    const pool = new WorkerPool({ spawn: () => new RecordingWorker(jobs), budgetMs: 60_000, idleMs: 60_000, lanes: 2 });
    const { request } = longPage(2_000);
    const out = await pool.analyse(request);
    pool.dispose();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.range).toBeUndefined();
    expect(out.findings).toEqual(analyzeClauses(requestClauses(request)).findings);
  });
});
