// One implementation, two drivers: the extractor is written as a generator that yields at cheap checkpoints
// (every few hundred nodes or a few KB of text). The sync driver ignores the checkpoints; the sliced driver checks
// the clock at each and hands the main thread back to the page once a slice is used up, so a 1 MB page never
// blocks it for one long task.
import { yieldToPage } from '../yield-to-page';

/** Work written as checkpoints: each `yield` is a safe place to pause. */
export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work between pauses, in ms (default 12). */
  sliceMs?: number;
  /** How to pause (default: yieldToPage, an ordinary task queued behind the page's own). */
  yieldFn?: () => Promise<void>;
  /** Aborting rejects with the signal's reason at the next checkpoint. */
  signal?: AbortSignal;
}

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? 12;
  const pause = opts.yieldFn ?? yieldToPage;
  opts.signal?.throwIfAborted();
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await pause();
      opts.signal?.throwIfAborted();
      start = performance.now();
    }
  }
}
