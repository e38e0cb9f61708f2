interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's event loop a turn between slices of work.
 * scheduler.yield() resumes ahead of other queued tasks (https://developer.chrome.com/blog/use-scheduler-yield);
 * setTimeout(0) is the fallback where it does not exist (Firefox, Node).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Current time in ms for slice budgets (performance.now where available). */
export function now(): number {
  return typeof performance === 'object' ? performance.now() : Date.now();
}
