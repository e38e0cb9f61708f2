// Runs documents on worker threads (the two stages of a document are CPU-bound and independent of other documents),
// with a time limit per document: a worker whose analysis does not finish is ended and replaced, and the document
// keeps its extraction with no analysis.
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../../../src/core/types';
import type { DocumentExtraction } from './run-document';
import type { DocumentJob, WorkerMessage } from './worker';

export interface DocumentOutcome {
  id: number;
  extraction: DocumentExtraction | null;
  /** null when the analysis failed or did not finish in time. */
  analysis: AnalysisResult | null;
  error: string | null;
  /** Wall time the document took, in ms. */
  ms: number;
}

export interface PoolOptions {
  workers: number;
  /** Longest time one document may take, in ms. */
  timeoutMs: number;
}

export async function runDocuments(jobs: readonly DocumentJob[], opts: PoolOptions): Promise<DocumentOutcome[]> {
  const results: DocumentOutcome[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        worker ??= startWorker();
        const outcome = await runOne(worker, job, opts.timeoutMs);
        if (outcome.ended) worker = null;
        results.push(outcome.result);
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.workers, jobs.length)) }, lane));
  return results.sort((a, b) => a.id - b.id);
}

/**
 * A worker running worker.ts. Node does not pass tsx's loader on to worker threads, so the worker starts from a tiny
 * script that registers it first (https://tsx.is/dev-api/register-esm).
 */
function startWorker(): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
}

function runOne(
  worker: Worker,
  job: DocumentJob,
  timeoutMs: number,
): Promise<{ result: DocumentOutcome; ended: boolean }> {
  return new Promise((resolve) => {
    let extraction: DocumentExtraction | null = null;
    const started = performance.now();
    const finish = (analysis: AnalysisResult | null, error: string | null, ended: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve({ result: { id: job.id, extraction, analysis, error, ms: performance.now() - started }, ended });
    };
    const onMessage = (m: WorkerMessage): void => {
      if (m.id !== job.id) return;
      if (m.type === 'extracted') extraction = m.extraction;
      else if (m.type === 'analysed') finish(m.analysis, null, false);
      else finish(null, m.error, false);
    };
    const onError = (err: Error): void => finish(null, `worker failed: ${err.message}`, true);
    const timer = setTimeout(() => {
      void worker.terminate();
      finish(
        null,
        `${extraction ? 'analysis' : 'extraction'} did not finish in ${Math.round(timeoutMs / 1000)} s`,
        true,
      );
    }, timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(job);
  });
}
