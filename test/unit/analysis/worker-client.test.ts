// The analysis watchdog: a job that overruns its budget is abandoned by terminating its worker, the next job gets a
// fresh worker, and waiting behind another job does not count against a job's budget.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import {
  analysisRequest,
  isAnalysisTimeout,
  requestClauses,
  type StreamPart,
  type WorkerJob,
  type WorkerReply,
} from '../../../src/analysis/protocol';
import { WorkerAnalyser, type WorkerLike } from '../../../src/analysis/worker-client';

/** A fake worker: answers with the real analyser after `delayMs`, or never when `hang`. */
class FakeWorker implements WorkerLike {
  static started: FakeWorker[] = [];
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: (job: WorkerJob) => { delayMs: number } | 'hang' | 'crash') {
    FakeWorker.started.push(this);
  }
  postMessage(job: WorkerJob): void {
    const b = this.behaviour(job);
    if (b === 'hang') return;
    if (b === 'crash') {
      setTimeout(() => this.onerror?.({ message: 'boom' }), 1);
      return;
    }
    setTimeout(() => {
      if (this.terminated) return;
      const { analyserVersion, languageSupported, findings } = analyzeClauses(requestClauses(job), job.options);
      this.onmessage?.({ data: { id: job.id, ok: true, output: { analyserVersion, languageSupported, findings } } });
    }, b.delayMs);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const clauses = textToClauses('We may use your content to train our machine learning models. We never sell your data.');
const HANG = 'hang me';

function analyser(budgetMs = 1_000): WorkerAnalyser {
  return new WorkerAnalyser({
    spawn: () =>
      new FakeWorker((job) =>
        requestClauses(job).some((c) => c.text.includes(HANG))
          ? 'hang'
          : requestClauses(job).some((c) => c.text.includes('crash'))
            ? 'crash'
            : { delayMs: 300 },
      ),
    budgetMs,
    idleMs: 60_000,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.started = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('analysisRequest', () => {
  it('carries clauses as offsets into their text when it has the text, and reads them back unchanged', () => {
    const text = clauses.map((c) => c.text).join('\n');
    const lines = clauses.map((c, i) => ({
      ...c,
      block: i,
      start: 0,
      end: c.text.length,
      sectionPath: ['1. Data'],
      section: '1. Data',
    }));
    const request = analysisRequest(lines, { lang: 'en' }, text);
    expect(request.clauses.form).toBe('offsets');
    expect(requestClauses(request)).toEqual(lines);
    expect(requestClauses(analysisRequest(lines, {}))).toEqual(lines);
  });
});

describe('WorkerAnalyser', () => {
  it("analyses in the worker and gives the analyser's findings", async () => {
    const a = analyser();
    const result = a.analyse(analysisRequest(clauses, {}));
    await vi.advanceTimersByTimeAsync(300);
    const out = await result;
    expect(out.findings).toEqual(analyzeClauses(clauses).findings);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out).not.toHaveProperty('summary');
  });

  it('abandons a job over its budget, terminates the stuck worker and serves the next job from a fresh one', async () => {
    const a = analyser(1_000);
    const stuck = a.analyse(analysisRequest([{ ...clauses[0]!, text: HANG }], {}));
    const next = a.analyse(analysisRequest(clauses, {}));
    const outcome = stuck.then(
      () => 'finished',
      (err: unknown) => err,
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeWorker.started[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const err = await outcome;
    expect(isAnalysisTimeout(err)).toBe(true);
    expect((err as Error).message).toMatch(/longer than 1 s/);
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    // The queued job did not wait out the stuck one's budget twice, and runs in a new worker.
    await vi.advanceTimersByTimeAsync(300);
    expect((await next).findings.length).toBeGreaterThan(0);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it("starts a job's budget when the worker gets it, not when it was queued", async () => {
    const a = analyser(500);
    // Each job takes 300 ms: the third has waited 600 ms, more than the budget, and must still finish.
    const jobs = [
      a.analyse(analysisRequest(clauses, {})),
      a.analyse(analysisRequest(clauses, {})),
      a.analyse(analysisRequest(clauses, {})),
    ];
    await vi.advanceTimersByTimeAsync(900);
    for (const out of await Promise.all(jobs)) expect(out.findings.length).toBeGreaterThan(0);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('fails a job whose worker crashed, and recovers for the next', async () => {
    const a = analyser();
    const crashed = a.analyse(analysisRequest([{ ...clauses[0]!, text: 'crash' }], {})).then(
      () => null,
      (e: Error) => e.message,
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(await crashed).toBe('boom');
    const next = a.analyse(analysisRequest(clauses, {}));
    await vi.advanceTimersByTimeAsync(300);
    expect((await next).findings.length).toBeGreaterThan(0);
  });

  it("stops an idle worker, so the analyser's memory is not kept between pages", async () => {
    const a = new WorkerAnalyser({
      spawn: () => new FakeWorker(() => ({ delayMs: 10 })),
      budgetMs: 1_000,
      idleMs: 5_000,
    });
    const job = a.analyse(analysisRequest(clauses, {}));
    await vi.advanceTimersByTimeAsync(10);
    await job;
    await vi.advanceTimersByTimeAsync(4_999);
    expect(FakeWorker.started[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });
});

describe('WorkerAnalyser, a streamed page', () => {
  /** A worker that only records stream messages and answers the end at once (or never, when `hang`). */
  function streamAnalyser(hang: boolean): WorkerAnalyser {
    return new WorkerAnalyser({
      spawn: () => {
        const worker: WorkerLike = {
          onmessage: null,
          onerror: null,
          terminate: () => undefined,
          postMessage: (m) => {
            if (hang || !('kind' in m)) return;
            if (m.kind === 'part') setTimeout(() => worker.onmessage?.({ data: { id: m.id, done: m.part.seq } }), 5);
            if (m.kind !== 'end') return;
            const output = { analyserVersion: 'test', languageSupported: true, findings: [] };
            setTimeout(() => worker.onmessage?.({ data: { id: m.id, ok: true, output } }), 10);
          },
        };
        return worker;
      },
      budgetMs: 1_000,
      idleMs: 60_000,
    });
  }
  // The parts' content is not read by this worker.
  const part = (seq: number): StreamPart => ({ seq, base: { clause: 0, block: 0 }, text: '', clauses: [] as never });

  it('does not count the wait for the page to read its next part against the budget', async () => {
    const stream = streamAnalyser(false).open({});
    for (let seq = 0; seq < 4; seq++) {
      stream.add(part(seq));
      await vi.advanceTimersByTimeAsync(800);
    }
    const done = stream.end(4);
    await vi.advanceTimersByTimeAsync(20);
    await expect(done).resolves.toMatchObject({ findings: [] });
  });

  it('abandons a stream whose part runs past the budget, and one whose page never sends the end', async () => {
    const stuck = streamAnalyser(true).open({});
    stuck.add(part(0));
    const done = stuck.end(1);
    const settled = done.then(
      () => 'resolved',
      (e: unknown) => (isAnalysisTimeout(e) ? 'timeout' : 'other'),
    );
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await settled).toBe('timeout');

    const unfinished = streamAnalyser(false).open({});
    unfinished.add(part(0));
    await vi.advanceTimersByTimeAsync(1_001);
    const late = unfinished.end(1).then(
      () => 'resolved',
      (e: unknown) => (isAnalysisTimeout(e) ? 'timeout' : 'other'),
    );
    await vi.advanceTimersByTimeAsync(20);
    expect(await late).toBe('timeout');
  });
});
