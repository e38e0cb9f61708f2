// The analysis worker (analysis-worker.js): the only bundle that contains the analyser. It runs off every main thread
// (a dedicated Worker of Firefox's event page, of Chrome's offscreen document, or of the history page), one job at a
// time, so a slow or runaway analysis blocks no page and no part of the extension, and can be abandoned by terminating
// the worker (analysis/worker-client.ts).
import { analyzeClauses, warmUpClauses } from '../core/analyze';
import { TEST_HANG_MARKER } from './budget';
import { requestJob, type WorkerMessage, type WorkerReply } from './protocol';
import { StreamedAnalysis } from './streamed-analysis';

interface WorkerScope {
  onmessage: ((e: { data: WorkerMessage }) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const hangMarker = TEST_HANG_MARKER;

/** Warm-up clauses analysed per task: a few milliseconds, so a job that arrives waits no longer than that. */
const WARM_UP_STEP = 16;
/** Set by the first job: from then on the analyser is as warm as the warm-up would make it. */
let jobArrived = false;

/**
 * The worker warms the analyser up while the page is still being read, a few clauses per task: every rule's and
 * veto's examples (warmUpClauses in core/analyze), the first step building what the analyser builds once (what
 * prepareAnalyser does, in one go). A fresh worker ran its first long page about twice as slowly as the next. The
 * first job stops the warm-up, and waits for one step at most: a fresh worker's prepareAnalyser took 1.7-2.6 s under
 * load (most of a second of it the one-time build), and a part that arrived meanwhile waited for all of it.
 */
function warmUp(clauses: ReturnType<typeof warmUpClauses>, from: number): void {
  if (jobArrived || from >= clauses.length) return;
  try {
    analyzeClauses(clauses.slice(from, from + WARM_UP_STEP), { sensitivity: 'every' });
  } catch {
    return; // a job reports any failure of the analyser itself
  }
  setTimeout(() => warmUp(clauses, from + WARM_UP_STEP), 0);
}
setTimeout(() => {
  if (jobArrived) return;
  try {
    warmUp(warmUpClauses(), 0);
  } catch {
    /* as above */
  }
}, 0);

const hangOn = (clauses: ReturnType<typeof requestJob>['clauses']): void => {
  if (hangMarker !== null && clauses.some((c) => c.text.includes(hangMarker))) for (;;);
};
const streamed = new StreamedAnalysis(hangOn);

scope.onmessage = ({ data: job }) => {
  jobArrived = true;
  if (job.kind !== undefined) {
    const reply = streamed.handle(job);
    if (reply) scope.postMessage(reply);
    return;
  }
  try {
    const { clauses, options } = requestJob(job);
    hangOn(clauses);
    const { summary: _ignored, ...output } = analyzeClauses(clauses, options);
    scope.postMessage({ id: job.id, ok: true, output });
  } catch (err) {
    scope.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
