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
    // Wrapping text in our own marks (and removing them) is not a page change.
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

const OWN = new Set(['TERMWATCH-MARK', 'TERMWATCH-CARD']);

function isOwnChange(r: MutationRecord): boolean {
  // While the analyser paints or removes marks it splits and merges page text nodes; those records are ours.
  if (((globalThis as { termwatchAnalyser?: { painting?: number } }).termwatchAnalyser?.painting ?? 0) > 0) return true;
  if (OWN.has(r.target.nodeName) || OWN.has(r.target.parentNode?.nodeName ?? '')) return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => OWN.has(n.nodeName));
}
