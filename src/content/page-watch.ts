// Bounded, debounced observation of a page: calls `onSettled` after DOM changes quiet down or the URL changes
// (SPA navigation through the history API), never more than `maxRunsPerUrl` times for one URL. No polling.
export interface PageWatchOptions {
  debounceMs: number;
  /** A page that never stops mutating (tickers, hostile floods) still settles this often. */
  maxWaitMs: number;
  maxRunsPerUrl: number;
  onSettled: (reason: 'mutation' | 'url-change') => void;
  signal?: AbortSignal;
}

export function watchPage(doc: Document, opts: PageWatchOptions): void {
  const win = doc.defaultView;
  if (!win) return;
  let lastUrl = win.location.href;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const settle = (): void => {
    timer = undefined;
    firstPending = 0;
    const url = win.location.href;
    if (url !== lastUrl) {
      lastUrl = url;
      runs = 0;
      opts.onSettled('url-change');
      return;
    }
    if (runs >= opts.maxRunsPerUrl) return;
    runs++;
    opts.onSettled('mutation');
  };
  const schedule = (): void => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const waited = now - firstPending;
    timer = setTimeout(settle, Math.max(0, Math.min(opts.debounceMs, opts.maxWaitMs - waited)));
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
  opts.signal?.addEventListener('abort', () => {
    observer.disconnect();
    win.removeEventListener('popstate', schedule);
    win.removeEventListener('hashchange', schedule);
    if (timer !== undefined) clearTimeout(timer);
  });
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
  if (!own) return false;
  if (own(r.target) || own(r.target.parentNode)) return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => own(n));
}
