/**
 * Gives the page's event loop a turn between slices of work: the continuation is queued as an ordinary task
 * (a MessageChannel message), behind whatever the page has already queued. Not scheduler.yield(): its continuations
 * run ahead of the page's own tasks (https://developer.chrome.com/blog/use-scheduler-yield), so a long run of
 * slices would still starve the page. Not setTimeout(0): nested timeouts are clamped to 4 ms each.
 */
let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (tests, CLI) keeps a process alive while a port listens; browsers have no unref.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** Current time in ms for slice budgets (performance.now where available). */
export function now(): number {
  return typeof performance === 'object' ? performance.now() : Date.now();
}
