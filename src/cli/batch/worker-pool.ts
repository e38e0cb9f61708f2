// A few analysis workers, reused from one document to the next (starting one costs about a second: the analyser and
// its NLP library load in each), with a time budget per document. A worker that overruns is terminated, which stops
// even a synchronous loop, and replaced when work is waiting; one that dies (out of memory, a crash) likewise.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './protocol';
import type { WorkerEntry } from './worker-entry';

export type Outcome =
  | { kind: 'done'; chunk: string; ms: number }
  /** The pipeline threw; `message` names the file. */
  | { kind: 'failed'; message: string; ms: number }
  | { kind: 'timeout' }
  /** The worker died under the document (out of memory, a crash); `message` says why. */
  | { kind: 'crashed'; message: string };

export interface PoolOptions {
  entry: WorkerEntry;
  /** How many documents are analysed at once. */
  size: number;
  timeoutMs: number;
  resourceLimits?: ResourceLimits;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Terminated or exited: its events are ignored from then on. */
  dead: boolean;
  /** Set while a task runs: called once with the worker's reply, or with the reason it died. */
  settle?: (reply: WorkerReply | Error) => void;
}

interface Waiter {
  resolve(slot: Slot): void;
  reject(error: Error): void;
}

export class WorkerPool {
  /** Every live worker, starting or ready. */
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Waiter[] = [];
  private failure: Error | undefined;
  private closed = false;
  /** Workers started so far (replacements included). */
  started = 0;

  constructor(private readonly options: PoolOptions) {}

  /**
   * Analyses one document and resolves with what became of it. Rejects only when no worker can start at all (a
   * broken installation, not a bad document).
   */
  async run(task: WorkerTask): Promise<Outcome> {
    const slot = await this.acquire();
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        slot.settle = undefined;
        this.discard(slot);
        resolve({ kind: 'timeout' });
      }, this.options.timeoutMs);
      slot.settle = (reply) => {
        clearTimeout(timer);
        slot.settle = undefined;
        if (reply instanceof Error) return resolve({ kind: 'crashed', message: reply.message });
        this.release(slot);
        if (reply.type === 'done') resolve({ kind: 'done', chunk: reply.chunk, ms: reply.ms });
        else if (reply.type === 'failed') resolve({ kind: 'failed', message: reply.message, ms: reply.ms });
      };
      slot.worker.postMessage(task);
    });
  }

  /** Terminates every worker; the pool cannot be used after. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    for (const slot of slots) slot.dead = true;
    this.slots.clear();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private acquire(): Promise<Slot> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    const queued = new Promise<Slot>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (this.slots.size < this.options.size) this.spawn();
    return queued;
  }

  private release(slot: Slot): void {
    if (slot.dead) return;
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.idle.push(slot);
  }

  /** Terminates a worker (overran, or died) and starts a replacement if work is waiting for one. */
  private discard(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    void slot.worker.terminate();
    if (this.waiting.length && this.slots.size < this.options.size && !this.closed) this.spawn();
  }

  private spawn(): void {
    const { entry, resourceLimits } = this.options;
    const slot: Slot = {
      worker: new Worker(entry.script, { ...entry.options, resourceLimits }),
      ready: false,
      dead: false,
    };
    this.slots.add(slot);
    this.started++;
    const gone = (why: Error): void => {
      if (slot.dead) return;
      if (!slot.ready) {
        // A worker that cannot even start will not start for the next document either.
        slot.dead = true;
        this.slots.delete(slot);
        this.failure = new Error(`the analysis worker did not start (${why.message})`);
        for (const waiter of this.waiting.splice(0)) waiter.reject(this.failure);
        return;
      }
      const settle = slot.settle;
      this.discard(slot);
      settle?.(why);
    };
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.type !== 'ready') return slot.settle?.(reply);
      slot.ready = true;
      this.release(slot);
    });
    slot.worker.on('error', (e: NodeJS.ErrnoException) =>
      gone(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error('out of memory') : e),
    );
    slot.worker.on('exit', (code) => gone(new Error(`exited with code ${code}`)));
  }
}
