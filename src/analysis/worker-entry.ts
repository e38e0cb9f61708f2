// The analysis worker (analysis-worker.js): the only bundle that contains the analyser. It runs off every main thread
// (a dedicated Worker of Firefox's event page, of Chrome's offscreen document, or of the history page), one job at a
// time, so a slow or runaway analysis blocks no page and no part of the extension, and can be abandoned by terminating
// the worker (analysis/worker-client.ts).
import { analyzeClauses, prepareAnalyser } from '../core/analyze';
import { TEST_HANG_MARKER } from './budget';
import { requestClauses, type WorkerJob, type WorkerReply } from './protocol';

interface WorkerScope {
  onmessage: ((e: { data: WorkerJob }) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const hangMarker = TEST_HANG_MARKER;

// Jobs that arrive meanwhile wait in the worker's message queue. A failure here is left for the first job to report.
try {
  prepareAnalyser();
} catch {
  /* the job's own analysis reports it */
}

scope.onmessage = ({ data: job }) => {
  try {
    const clauses = requestClauses(job);
    if (hangMarker !== null && clauses.some((c) => c.text.includes(hangMarker))) for (;;);
    const { summary: _ignored, ...output } = analyzeClauses(clauses, job.options);
    scope.postMessage({ id: job.id, ok: true, output });
  } catch (err) {
    scope.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
