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

/**
 * When the current slice began, shared by runs that follow one another in the same task (reading the page's text, then
 * extracting, then packing): each run starting a budget of its own let the last slice of one step and the first of
 * the next run as one task, three or four slices long (a 33–40 ms task on the 1 MB bench page).
 */
export interface SliceClock {
  start: number;
}

/** A clock whose slice starts now; pass it to each of several runs in a row. */
export function sliceClock(): SliceClock {
  return { start: performance.now() };
}

export interface SliceOptions {
  /** Longest stretch of work between pauses, in ms (default 12). */
  sliceMs?: number;
  /** The slice this run continues (default: a slice of its own, starting when the run starts). */
  clock?: SliceClock;
  /** How to pause (default: yieldToPage, an ordinary task queued behind the page's own). */
  yieldFn?: () => Promise<void>;
  /** Aborting rejects with the signal's reason at the next checkpoint. */
  signal?: AbortSignal;
}

export async function runSliced<T>(steps: Steps<T>, opts: SliceOptions = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? 12;
  const pause = opts.yieldFn ?? yieldToPage;
  opts.signal?.throwIfAborted();
  const clock = opts.clock ?? sliceClock();
  const spent = (): boolean => performance.now() - clock.start >= sliceMs;
  const pauseNow = async (): Promise<void> => {
    await pause();
    opts.signal?.throwIfAborted();
    clock.start = performance.now();
  };
  // A run that continues a slice an earlier run used up pauses before its first step.
  if (opts.clock && spent()) await pauseNow();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (spent()) await pauseNow();
  }
}
