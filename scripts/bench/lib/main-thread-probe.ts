// An init script (page main world, registered before the page loads) that watches the main thread while the
// extension analyses and highlights: long tasks (>= 50 ms, the browser's own measure), long animation frames with
// script attribution, two heartbeat monitors for gaps below 50 ms, and the timing of <termwatch-mark> insertions.
// Kept as a plain-JS string: tsx compiles functions with name helpers that do not exist inside the page.

export interface ProbeTask {
  start: number;
  duration: number;
}

export interface ProbeFrame extends ProbeTask {
  blocking: number;
  scripts: Array<{ source: string; fn: string; invoker: string; duration: number }>;
}

export interface ProbeReport {
  longTasks: ProbeTask[];
  frames: ProbeFrame[];
  /** Largest gap between MessageChannel heartbeats (≈ the longest task, including style/layout work), ms. */
  maxMessageGap: number;
  messageGaps: ProbeTask[];
  /** Largest gap between requestAnimationFrame callbacks, ms (a frame is due every ~16.7 ms). */
  maxFrameGap: number;
  marksAdded: number;
  firstMarkAt: number | null;
  lastMarkAt: number | null;
  marksNow: number;
  domContentLoaded: number;
  loadEnd: number;
}

export const PROBE_INIT_SCRIPT = `(() => {
  const s = { longTasks: [], frames: [], maxMessageGap: 0, messageGaps: [], maxFrameGap: 0, marksAdded: 0, firstMarkAt: null, lastMarkAt: null, stopped: false };
  window.__twProbe = s;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
        scripts: (e.scripts || []).map((x) => ({ source: x.sourceURL, fn: x.sourceFunctionName, invoker: x.invoker, duration: x.duration })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const mc = new MessageChannel();
  let last = performance.now();
  mc.port1.onmessage = () => {
    const t = performance.now();
    const gap = t - last;
    if (gap > s.maxMessageGap) s.maxMessageGap = gap;
    if (gap > 50) s.messageGaps.push({ start: last, duration: gap });
    last = t;
    if (!s.stopped) mc.port2.postMessage(0);
  };
  mc.port2.postMessage(0);
  let lastFrame = 0;
  const frame = (t) => {
    if (lastFrame && t - lastFrame > s.maxFrameGap) s.maxFrameGap = t - lastFrame;
    lastFrame = t;
    if (!s.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName === 'TERMWATCH-MARK') {
        s.marksAdded++;
        if (s.firstMarkAt === null) s.firstMarkAt = t;
        s.lastMarkAt = t;
      }
    }
  }).observe(document, { childList: true, subtree: true });
  s.report = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { longTasks: s.longTasks, frames: s.frames, maxMessageGap: s.maxMessageGap, messageGaps: s.messageGaps, maxFrameGap: s.maxFrameGap,
      marksAdded: s.marksAdded, firstMarkAt: s.firstMarkAt, lastMarkAt: s.lastMarkAt, marksNow: document.querySelectorAll('termwatch-mark').length,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd - nav.startTime : -1, loadEnd: nav ? nav.loadEventEnd - nav.startTime : -1 };
  };
  s.stop = () => { s.stopped = true; };
})();`;
