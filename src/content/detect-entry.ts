// The always-on detector, injected by the background into every loaded http(s) page: decides cheaply whether the
// page is a legal document and tells the background, which injects the analyser only where needed. Must stay small
// (≤ 21 KB minified) and nearly free on other pages.
import { detectSteps } from '../core/detect';
import type { Detection } from '../core/types';
import { leanSend } from './lean-runtime';
import { watchPage } from './page-watch';

interface AnalyserHandle {
  refresh(): void;
}

let lastSentUrl = '';
let lastSentLegal = false;

/** Longest stretch of detection work between pauses (ms). */
const SLICE_MS = 8;

/**
 * Detection in short tasks with the page's tasks in between: in one task it blocked a long page for 40–70 ms (cold
 * regular expressions, compiled afresh in every page). setTimeout, not yieldToPage: this bundle has no bytes to spare.
 */
async function detectInSlices(url: string): Promise<Detection> {
  const steps = detectSteps(document, url);
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      start = performance.now();
    }
  }
}

/** Runs one after another: a page-watch settle during a sliced detection waits for it. */
let detecting: Promise<void> = Promise.resolve();

function detectAndReport(): Promise<void> {
  detecting = detecting.then(detectOnce, detectOnce);
  return detecting;
}

async function detectOnce(): Promise<void> {
  const url = location.href;
  const detection = await detectInSlices(url);
  if (url === lastSentUrl && detection.isLegal === lastSentLegal) {
    // Same page, same verdict: if the analyser is already here, let it decide whether the text changed.
    if (detection.isLegal) (globalThis as { termwatchAnalyser?: AnalyserHandle }).termwatchAnalyser?.refresh();
    return;
  }
  lastSentUrl = url;
  lastSentLegal = detection.isLegal;
  await leanSend('page-detected', { url, detection });
}

/**
 * Longest wait for an idle moment before detecting. A page that is never idle (a ticker, an animation driven by
 * timers, the bench's heartbeat) makes requestIdleCallback wait for its whole timeout, and every millisecond of it
 * delays the report: at 500 ms it was half of the time from load to the analyser on the 1 MB bench page. Detection
 * runs in short slices (detectInSlices), so a long wait protects the page no better than a short one.
 */
const SETTLE_TIMEOUT_MS = 50;

// The background injects this after the load event; wait for an idle moment too (bounded), so any work the page
// does right after loading goes first.
function whenPageSettled(run: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) ric(run, { timeout: SETTLE_TIMEOUT_MS });
  else setTimeout(run, 50);
}

// The background injects this script after each load; a second injection into the same document (bfcache, a
// reload of the tab state) only re-runs detection.
const g = globalThis as { termwatchDetector?: { rerun(): void } };
if (g.termwatchDetector) {
  lastSentUrl = '';
  g.termwatchDetector.rerun();
} else {
  g.termwatchDetector = { rerun: () => void detectAndReport() };
  whenPageSettled(() => void detectAndReport());
  watchPage(document, {
    debounceMs: 700,
    maxWaitMs: 3_000,
    maxRunsPerUrl: 20,
    onSettled: () => void detectAndReport(),
  });
}
