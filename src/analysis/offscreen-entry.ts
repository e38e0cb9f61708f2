// Chrome's offscreen document (offscreen.html): a hidden extension page whose only job is to own the analysis worker,
// because an MV3 service worker cannot start a dedicated Worker in Chrome. The analysis itself runs in that worker, so
// this page's main thread (shared with the popup and the other extension pages) stays free, and its watchdog can
// terminate a runaway analysis. Firefox's event page starts the worker itself and never loads this page.
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from './budget';
import { OFFSCREEN_TARGET, type OffscreenMessage, type OffscreenReply } from './offscreen-messages';
import { jobOf, relayStream, streamOf, type StreamPortLike } from './offscreen-channel';
import { isAnalysisTimeout, type AnalysisOutput, type AnalysisRequest } from './protocol';
import { startWorker } from './worker-client';
import { WorkerPool, workerCount } from './worker-pool';

interface ChromeRuntime {
  id: string;
  onMessage: {
    addListener(
      fn: (
        message: unknown,
        sender: { id?: string; tab?: unknown },
        sendResponse: (reply: { ok: true }) => void,
      ) => boolean,
    ): void;
  };
}

const runtime = (globalThis as unknown as { chrome: { runtime: ChromeRuntime } }).chrome.runtime;
// A long page can be split over workers where there are the cores for it (worker-pool.ts: one, until two measure faster).
const analyser = new WorkerPool({
  spawn: () => startWorker('analysis-worker.js'),
  budgetMs: ANALYSIS_BUDGET_MS,
  idleMs: WORKER_IDLE_MS,
  count: workerCount(globalThis.navigator?.hardwareConcurrency),
});

/** The worker's analysis as the service worker reads it: the output, or why there is none. */
function analyse(request: AnalysisRequest): Promise<OffscreenReply> {
  return replyOf(analyser.analyse(request));
}

function replyOf(analysis: Promise<AnalysisOutput>): Promise<OffscreenReply> {
  return analysis.then(
    (output): OffscreenReply => ({ ok: true, output }),
    (err: unknown): OffscreenReply => ({
      ok: false,
      timeout: isAnalysisTimeout(err),
      budgetMs: ANALYSIS_BUDGET_MS,
      error: err instanceof Error ? err.message : String(err),
    }),
  );
}

runtime.onMessage.addListener((message, sender, sendResponse) => {
  const m = message as Partial<OffscreenMessage> | null;
  // Only the service worker asks: a message from a tab (a content script) is never answered.
  if (!m || m.target !== OFFSCREEN_TARGET || sender.id !== runtime.id || sender.tab !== undefined) return false;
  if (m.type === 'warm') {
    analyser.warm();
    sendResponse({ ok: true });
  }
  return false;
});

// Analyses come from the service worker as messages to this document, its client (offscreen-channel.ts): only a
// service worker of the extension's own origin can post here. Setting onmessage also starts the delivery of messages
// posted while the document was loading.
navigator.serviceWorker.onmessage = ({ data, ports }: MessageEvent<unknown>) => {
  const job = jobOf(data, ports);
  if (job) void analyse(job.request).then((reply) => job.reply.postMessage(reply));
  const stream = streamOf(data, ports);
  if (!stream) return;
  // A streamed page: its parts go to the worker as they come, and the answer goes back on the same port.
  relayStream(stream.port as unknown as StreamPortLike, analyser.open(stream.options), replyOf);
};
