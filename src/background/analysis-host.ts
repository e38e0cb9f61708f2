// Where the background runs an analysis: in a dedicated worker, never on a main thread and never in the service worker
// itself (a runaway analysis there would stall every message of every tab, with no way to stop it). Firefox's event
// page starts the worker directly. Chrome's MV3 service worker cannot (it has no Worker constructor), so it keeps an
// offscreen document that owns the worker (https://developer.chrome.com/docs/extensions/reference/api/offscreen,
// reason WORKERS). Chosen by feature, not by browser name. The watchdog (analysis/worker-client.ts) sits next to the
// worker in both cases.
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from '../analysis/budget';
import {
  OFFSCREEN_TARGET,
  OFFSCREEN_URL,
  type OffscreenMessage,
  type OffscreenReply,
} from '../analysis/offscreen-messages';
import { findClient, openStream, postAnalysis, type ClientLike, type ClientsLike } from '../analysis/offscreen-channel';
import { AnalysisTimeout, type AnalysisOutput, type AnalysisRequest, type AnalysisStream } from '../analysis/protocol';
import type { AnalyzeOptions } from '../core/analyze';
import { startWorker } from '../analysis/worker-client';
import { WorkerPool, workerCount } from '../analysis/worker-pool';

export interface AnalysisHost {
  /** Rejects with AnalysisTimeout (protocol.ts) when the analysis overran its budget. */
  analyse(request: AnalysisRequest): Promise<AnalysisOutput>;
  /** A page whose clauses come in parts, analysed as they come (the budget is over the whole). */
  open(options: AnalyzeOptions): AnalysisStream;
  /** Gets the worker going while the page is still being read. */
  warm(): void;
}

export const ANALYSIS_WORKER_FILE = 'analysis-worker.js';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
interface ChromeLike {
  offscreen?: OffscreenApi;
  runtime: {
    getURL(path: string): string;
    sendMessage(message: OffscreenMessage): Promise<unknown>;
  };
}

/**
 * How long the service worker waits for the offscreen document's answer before giving the document up as gone (a port
 * gives no sign when its other end closes). The watchdog in the document answers a runaway analysis itself after
 * ANALYSIS_BUDGET_MS, but a job may first wait there behind other tabs' jobs: room for two of them ahead.
 */
const ANSWER_WAIT_MS = 3 * ANALYSIS_BUDGET_MS + 10_000;

class OffscreenHost implements AnalysisHost {
  private creating: Promise<void> | null = null;

  constructor(
    private readonly chrome: ChromeLike & { offscreen: OffscreenApi },
    private readonly clients: ClientsLike,
  ) {}

  private async ensureDocument(): Promise<void> {
    // One being created (by warm()) exists before it has loaded its script: wait for it to finish loading.
    if (this.creating) return this.creating;
    // The document outlives a stopped service worker: ask before creating (only one may exist).
    if (await this.chrome.offscreen.hasDocument?.()) return;
    this.creating ??= this.chrome.offscreen
      .createDocument({
        url: OFFSCREEN_URL,
        reasons: ['WORKERS'],
        justification: 'Analyses terms pages in a worker, off the page and off the service worker.',
      })
      .catch((err: unknown) => {
        if (!/single offscreen document/i.test(err instanceof Error ? err.message : String(err))) throw err;
      })
      .finally(() => {
        this.creating = null;
      });
    await this.creating;
  }

  /**
   * Sends to the offscreen document. A document found by hasDocument() may still be loading (created by a service
   * worker that was stopped since), and then no one listens yet: Chrome says "Receiving end does not exist", and
   * asking again shortly after succeeds.
   */
  private async send(message: OffscreenMessage): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.chrome.runtime.sendMessage(message);
      } catch (err) {
        if (attempt >= 20 || !/receiving end does not exist/i.test(err instanceof Error ? err.message : String(err)))
          throw err;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  /** The offscreen document as a client of this worker; created a moment ago, it may take a moment to be listed. */
  private async client(): Promise<ClientLike> {
    const url = this.chrome.runtime.getURL(OFFSCREEN_URL);
    for (let tries = 0; ; tries++) {
      const found = await findClient(this.clients, url);
      if (found) return found;
      if (tries >= 20) throw new Error('The analysis page did not start.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async analyse(request: AnalysisRequest): Promise<AnalysisOutput> {
    await this.ensureDocument();
    const reply: OffscreenReply = await postAnalysis(await this.client(), request, ANSWER_WAIT_MS);
    if (reply.ok) return reply.output;
    throw reply.timeout ? new AnalysisTimeout(reply.budgetMs) : new Error(reply.error);
  }

  open(options: AnalyzeOptions): AnalysisStream {
    return openStream(
      this.ensureDocument().then(() => this.client()),
      options,
      ANSWER_WAIT_MS,
    );
  }

  warm(): void {
    void this.ensureDocument()
      .then(() => this.send({ target: OFFSCREEN_TARGET, type: 'warm' }))
      .catch(() => undefined);
  }
}

let host: AnalysisHost | null = null;

export function analysisHost(): AnalysisHost {
  if (host) return host;
  const chrome = (globalThis as { chrome?: ChromeLike }).chrome;
  if (typeof Worker === 'function') {
    host = new WorkerPool({
      spawn: () => startWorker(ANALYSIS_WORKER_FILE),
      budgetMs: ANALYSIS_BUDGET_MS,
      idleMs: WORKER_IDLE_MS,
      count: workerCount(globalThis.navigator?.hardwareConcurrency),
    });
  } else if (chrome?.offscreen) {
    host = new OffscreenHost(
      chrome as ChromeLike & { offscreen: OffscreenApi },
      (globalThis as unknown as { clients: ClientsLike }).clients,
    );
  } else {
    throw new Error('This browser offers neither a Worker nor an offscreen document to the extension.');
  }
  return host;
}
