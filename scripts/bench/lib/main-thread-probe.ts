// An init script (page main world, registered before the page loads) that watches the main thread while the
// extension analyses and highlights: long tasks (>= 50 ms, the browser's own measure), long animation frames with
// script attribution, two heartbeat monitors for gaps below 50 ms, and when highlights are painted (the ranges in
// CSS.highlights, sampled every frame: Termwatch paints with the CSS Custom Highlight API, so no element appears).
// Kept as a plain-JS string: tsx compiles functions with name helpers that do not exist inside the page.
import { PAGE_CLOCK_MARK } from './main-thread-trace';

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
  /** Highlighted ranges added (CSS.highlights), summed over the frames that saw the count grow. */
  marksAdded: number;
  firstMarkAt: number | null;
  lastMarkAt: number | null;
  /** Highlighted ranges in CSS.highlights now. */
  marksNow: number;
  domContentLoaded: number;
  loadEnd: number;
  /** Page-clock time of the probe's performance.mark (PAGE_CLOCK_MARK of main-thread-trace.ts); NaN if none. */
  clockMarkAt: number;
}

export const PROBE_INIT_SCRIPT = `(() => {
  const s = { longTasks: [], frames: [], maxMessageGap: 0, messageGaps: [], maxFrameGap: 0, marksAdded: 0, firstMarkAt: null, lastMarkAt: null, marksNow: 0, stopped: false };
  const painted = () => { let n = 0; if (window.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size; return n; };
  window.__twPainted = painted;
  window.__twProbe = s;
  // Ties the trace's clock to this page's: the mark is in both (main-thread-trace.ts, PAGE_CLOCK_MARK).
  let clockMarkAt = NaN;
  try { clockMarkAt = performance.mark('${PAGE_CLOCK_MARK}').startTime; } catch {}
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
    const n = painted();
    if (n > s.marksNow) {
      s.marksAdded += n - s.marksNow;
      if (s.firstMarkAt === null) s.firstMarkAt = t;
      s.lastMarkAt = t;
    }
    s.marksNow = n;
    if (!s.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  s.report = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { longTasks: s.longTasks, frames: s.frames, maxMessageGap: s.maxMessageGap, messageGaps: s.messageGaps, maxFrameGap: s.maxFrameGap,
      marksAdded: s.marksAdded, firstMarkAt: s.firstMarkAt, lastMarkAt: s.lastMarkAt, marksNow: painted(),
      domContentLoaded: nav ? nav.domContentLoadedEventEnd - nav.startTime : -1, loadEnd: nav ? nav.loadEventEnd - nav.startTime : -1,
      clockMarkAt };
  };
  s.stop = () => { s.stopped = true; };
})();`;
