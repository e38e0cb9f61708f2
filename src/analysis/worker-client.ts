// Runs analyses in a dedicated worker, one at a time, with a watchdog: a job that overruns its budget is abandoned by
// terminating the worker (the only way to stop a runaway synchronous analysis), and the next job gets a fresh one. An
// idle worker is stopped too, so the analyser's memory is not held between pages. The worker itself comes from
// `spawn`, so the same client serves Firefox's event page, Chrome's offscreen document, the history page and tests.
import type { AnalyzeOptions } from '../core/analyze';
import {
  AnalysisTimeout,
  type AnalysisOutput,
  type AnalysisRequest,
  type AnalysisStream,
  type StreamPart,
  type WorkerMessage,
  type WorkerReply,
} from './protocol';

/** The part of the Worker interface used here (a fake in tests). */
export interface WorkerLike {
  postMessage(job: WorkerMessage): void;
  terminate(): void;
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

/** A dedicated worker running analysis-worker.js (a URL relative to the extension page or event page starting it). */
export function startWorker(url: string): WorkerLike {
  // Worker's handlers take full MessageEvent/ErrorEvent objects; only `data` and `message` are read.
  return new Worker(url) as unknown as WorkerLike;
}

export interface WorkerAnalyserOptions {
  spawn: () => WorkerLike;
  /** Longest a job may run, from the moment it is handed to the worker (waiting behind other jobs is not counted). */
  budgetMs: number;
  /** An idle worker is terminated after this long. */
  idleMs: number;
}

interface Job {
  id: number;
  /** What is still to be posted to the worker: the request, or a stream's messages that came before it started. */
  messages: WorkerMessage[];
  /** A stream's parts (and end) not handed to the worker yet, and whether it is analysing one (see deliver). */
  stream?: { held: WorkerMessage[]; busy: boolean };
  resolve(output: AnalysisOutput): void;
  reject(err: Error): void;
}

export class WorkerAnalyser {
  private worker: WorkerLike | null = null;
  private readonly queue: Job[] = [];
  private running: { job: Job; watchdog: ReturnType<typeof setTimeout> } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;

  constructor(private readonly opts: WorkerAnalyserOptions) {}

  /** Analyses in the worker. Rejects with AnalysisTimeout when the job overruns the budget, or with the worker's error. */
  analyse(request: AnalysisRequest): Promise<AnalysisOutput> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, messages: [{ id, ...request }], resolve, reject });
      this.pump();
    });
  }

  /**
   * A streamed analysis: one job (queued like any other), whose parts are posted to the worker as they come; the
   * budget runs from when it starts and again from each part and the end (`post`).
   */
  open(options: AnalyzeOptions): AnalysisStream {
    const id = this.nextId++;
    let job!: Job;
    const done = new Promise<AnalysisOutput>((resolve, reject) => {
      job = { id, messages: [{ id, kind: 'open', options }], stream: { held: [], busy: false }, resolve, reject };
    });
    // A stream cancelled or failed before `end` is asked for rejects nobody.
    done.catch(() => undefined);
    this.queue.push(job);
    this.pump();
    let closed = false;
    return {
      add: (part: StreamPart) => {
        if (!closed) this.post(job, { id, kind: 'part', part });
      },
      end: (parts: number) => {
        if (!closed) this.post(job, { id, kind: 'end', parts });
        closed = true;
        return done;
      },
      cancel: () => {
        closed = true;
        this.cancel(job);
      },
    };
  }

  /**
   * Posts a message of `job` now if it runs, or keeps it for when it starts; a job that has ended takes no more. A part
   * or the end of a running stream restarts its budget: the watchdog is there for a runaway analysis, and time spent
   * waiting for the page to read its next part is not analysis (a huge page read slowly would otherwise time out).
   */
  private post(job: Job, message: WorkerMessage): void {
    if (this.running?.job === job) {
      clearTimeout(this.running.watchdog);
      this.running.watchdog = this.watch(job);
      this.deliver(job, message);
    } else if (this.queue.includes(job)) job.messages.push(message);
  }

  /**
   * Hands a stream's part (or its end) to the worker only once it is done with the one before (its `done` reply):
   * parts posted as they came waited in the worker's message queue, and a cancelled stream's were all analysed before
   * the worker read the cancel.
   */
  private deliver(job: Job, message: WorkerMessage): void {
    const stream = job.stream;
    if (stream && (message.kind === 'part' || message.kind === 'end')) {
      if (stream.busy || stream.held.length > 0) {
        stream.held.push(message);
        return;
      }
      stream.busy = message.kind === 'part';
    }
    this.send(job, message);
  }

  /** The worker is done with a part of the running stream: the next one goes. */
  private partDone(id: number): void {
    const job = this.running?.job;
    if (job?.id !== id || !job.stream) return;
    const next = job.stream.held.shift();
    job.stream.busy = next?.kind === 'part';
    if (next) this.send(job, next);
  }

  private send(job: Job, message: WorkerMessage): void {
    try {
      this.ensureWorker().postMessage(message);
    } catch (err) {
      this.finish(job.id, { id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    else if (this.running?.job === job) {
      this.send(job, { id: job.id, kind: 'cancel' });
      this.finish(job.id, { id: job.id, ok: false, error: 'The analysis was cancelled.' });
    }
    job.reject(new Error('The analysis was cancelled.'));
  }

  /** Starts the worker ahead of a job (loading the analyser takes a moment), e.g. while the page is still being read. */
  warm(): void {
    if (!this.running && this.queue.length === 0) this.ensureWorker();
    this.armIdle();
  }

  /** Stops the worker and fails every pending job (page unload, tests). */
  dispose(): void {
    const pending = [...(this.running ? [this.running.job] : []), ...this.queue.splice(0)];
    if (this.running) clearTimeout(this.running.watchdog);
    this.running = null;
    this.stopWorker();
    for (const job of pending) job.reject(new Error('The analysis was cancelled.'));
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.opts.spawn();
    worker.onmessage = ({ data }) => ('done' in data ? this.partDone(data.id) : this.finish(data.id, data));
    // A script error in the worker (or a failed load) fails the job at hand; the next job starts a fresh worker.
    worker.onerror = (e) => {
      const id = this.running?.job.id;
      this.stopWorker();
      if (id !== undefined) this.finish(id, { id, ok: false, error: e.message || 'The analysis worker failed.' });
    };
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.worker) return;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.worker = null;
  }

  private armIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (!this.running && this.queue.length === 0) this.stopWorker();
    }, this.opts.idleMs);
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.armIdle();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.running = { job, watchdog: this.watch(job) };
    for (const message of job.messages.splice(0)) {
      if (this.running?.job !== job) break; // posting failed, and the job with it
      this.deliver(job, message);
    }
  }

  private watch(job: Job): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      // Overran: the worker may be stuck in a synchronous loop, and terminating it is the only way out.
      if (this.running?.job !== job) return;
      this.stopWorker();
      this.running = null;
      job.reject(new AnalysisTimeout(this.opts.budgetMs));
      this.pump();
    }, this.opts.budgetMs);
  }

  private finish(id: number, reply: Exclude<WorkerReply, { done: number }>): void {
    const current = this.running;
    // A late reply from an abandoned job (its worker is gone, but a message may have been queued) is ignored.
    if (!current || current.job.id !== id) return;
    clearTimeout(current.watchdog);
    this.running = null;
    if (reply.ok) current.job.resolve(reply.output);
    else current.job.reject(new Error(reply.error));
    this.pump();
  }
}
