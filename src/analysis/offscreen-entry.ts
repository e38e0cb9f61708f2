// Chrome's offscreen document (offscreen.html): a hidden extension page whose only job is to own the analysis worker,
// because an MV3 service worker cannot start a dedicated Worker in Chrome. The analysis itself runs in that worker, so
// this page's main thread (shared with the popup and the other extension pages) stays free, and its watchdog can
// terminate a runaway analysis. Firefox's event page starts the worker itself and never loads this page.
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from './budget';
import { OFFSCREEN_TARGET, type OffscreenMessage, type OffscreenReply } from './offscreen-messages';
import { isAnalysisTimeout } from './protocol';
import { startWorker } from './worker-client';
import { WorkerPool, workerCount } from './worker-pool';

interface ChromeRuntime {
  id: string;
  onMessage: {
    addListener(
      fn: (
        message: unknown,
        sender: { id?: string; tab?: unknown },
        sendResponse: (reply: OffscreenReply | { ok: true }) => void,
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

runtime.onMessage.addListener((message, sender, sendResponse) => {
  const m = message as Partial<OffscreenMessage> | null;
  // Only the service worker asks: a message from a tab (a content script) is never answered.
  if (!m || m.target !== OFFSCREEN_TARGET || sender.id !== runtime.id || sender.tab !== undefined) return false;
  if (m.type === 'warm') {
    analyser.warm();
    sendResponse({ ok: true });
    return false;
  }
  if (m.type !== 'analyse' || !m.request) return false;
  analyser.analyse(m.request).then(
    (output) => sendResponse({ ok: true, output }),
    (err: unknown) =>
      sendResponse({
        ok: false,
        timeout: isAnalysisTimeout(err),
        budgetMs: ANALYSIS_BUDGET_MS,
        error: err instanceof Error ? err.message : String(err),
      }),
  );
  return true; // the answer comes later
});
