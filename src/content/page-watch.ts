// Bounded, debounced observation of a page: calls `onSettled` after DOM changes quiet down or the URL changes
// (SPA navigation through the history API), never more than `maxRunsPerUrl` times for one URL. No polling. It
// watches for the page's lifetime.
export interface PageWatchOptions {
  debounceMs: number;
  /** A page that never stops mutating (tickers, hostile floods) still settles this often. */
  maxWaitMs: number;
  maxRunsPerUrl: number;
  onSettled: () => void;
}

export function watchPage(doc: Document, opts: PageWatchOptions): void {
  const win = doc.defaultView;
  if (!win) return;
  let lastUrl = win.location.href;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const settle = (): void => {
    firstPending = 0;
    const url = win.location.href;
    // A new URL (SPA navigation) always runs, and starts its own count.
    if (url !== lastUrl) {
      lastUrl = url;
      runs = 0;
    } else if (runs++ >= opts.maxRunsPerUrl) return;
    opts.onSettled();
  };
  const schedule = (): void => {
    const now = Date.now();
    firstPending ||= now;
    // Clearing a timer that has fired, or none, does nothing; a negative delay runs at once.
    clearTimeout(timer);
    timer = setTimeout(settle, Math.min(opts.debounceMs, opts.maxWaitMs - (now - firstPending)));
  };

  const observer = new MutationObserver((records) => {
    // Adding our overlay or fallback marks (and removing them) is not a page change.
    for (const r of records) {
      if (!isOwnChange(r)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);
}

/** What the analyser script shares with this one: both run in the extension's isolated world, as separate bundles. */
interface AnalyserView {
  /** > 0 while the analyser adds or removes highlights. */
  painting?: number;
  /** Whether a node is one the analyser put into the page (it has random names, so only identity tells). */
  isOwnNode?: (node: unknown) => boolean;
}

function isOwnChange(r: MutationRecord): boolean {
  const analyser = (globalThis as { termwatchAnalyser?: AnalyserView }).termwatchAnalyser;
  // While the analyser paints or removes highlights it may split and merge page text nodes; those records are ours.
  if ((analyser?.painting ?? 0) > 0) return true;
  const own = analyser?.isOwnNode;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return !!own && (own(r.target) || own(r.target.parentNode) || (nodes.length > 0 && nodes.every(own)));
}
