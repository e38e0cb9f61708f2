// The page's main-thread tasks from a Chromium trace (CDP Tracing), with each task's wall time and its thread CPU time.
// The heartbeat in main-thread-probe.ts measures wall-clock gaps, which on a loaded machine mostly measure how long the
// renderer waited for a core; a task's thread CPU time is the work it did, whatever the load. Content scripts run on
// the page's main thread (CrRendererMain of the page's renderer), so their tasks are in here, and a task that ran
// extension script is told apart by the chrome-extension:// URL of the script it ran.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceTask {
  /** ms after the page's load event (negative: before it). */
  start: number;
  /**
   * ms on the page's own clock (`performance.now()`, as the heartbeat probe records its gaps), from the probe's
   * origin mark in the trace; NaN when the page made no such mark.
   */
  pageStart: number;
  wall: number;
  /** Thread CPU time (the trace's `tdur`), at most `wall`. */
  cpu: number;
  /** The trace's `tdur` as written, shown beside `cpu` where they differ. */
  rawCpu: number;
  /** The task ran script of an extension (a content script). */
  extension: boolean;
  /**
   * Extension script files the task evaluated (`EvaluateScript` of a `chrome-extension://` URL: an injected file
   * starting to run in the page, such as the analyser's content script), by file name.
   */
  evaluates: string[];
  /**
   * What the task spent its wall time on: its top-level traced steps summed by kind (style, layout, paint, script with
   * its file), largest first. Tells a block's own script apart from the style/layout/paint that script caused.
   */
  parts: Array<{ name: string; ms: number }>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; isMainFrame?: boolean; functionName?: string };
    beginData?: { url?: string };
  };
}

// blink.user_timing: the probe's performance.mark, which ties the trace's clock to the page's (see PAGE_CLOCK_MARK).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'];

/**
 * A `performance.mark` the heartbeat probe makes when it starts (main-thread-probe.ts): in the trace it has the trace
 * clock's time, in the page its `startTime` on the page's clock, so heartbeat gaps can be laid over traced tasks.
 */
export const PAGE_CLOCK_MARK = '__tw_page_clock';

/**
 * Starts tracing `page` (before it navigates); the returned function stops and gives the main-thread tasks of `url`.
 * `markAt`: the page-clock time of the probe's PAGE_CLOCK_MARK (its `startTime`), to place tasks on the page's clock.
 */
export async function traceMainThread(page: Page): Promise<(url: string, markAt?: number) => Promise<TraceTask[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  } as never);
  return async (url, markAt) => {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return mainThreadTasks(events, url, markAt ?? NaN);
  };
}

function mainThreadTasks(events: TraceEvent[], url: string, markAt: number): TraceTask[] {
  // The renderer that parsed the page, its main thread, and the page's load event.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return [];
  const { pid, ts: parsed } = parse;
  const tid = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  // The renderer may have loaded another document before (the new tab's about:blank): this page's load comes after its parsing.
  const load = events.find(
    (e) => e.pid === pid && e.name === 'MarkLoad' && e.args?.data?.isMainFrame && e.ts > parsed,
  )?.ts;
  if (tid === undefined || load === undefined) return [];
  // The probe's mark in this document (made before its load): trace time minus page time is the clocks' offset.
  const mark = events
    .filter((e) => e.pid === pid && e.name === PAGE_CLOCK_MARK && e.ts <= load)
    .sort((a, b) => b.ts - a.ts)[0];
  const pageZero = mark ? mark.ts / 1000 - markAt : NaN;
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const scripts = onThread.filter(
    (e) =>
      /^(?:EvaluateScript|FunctionCall|TimerFire|FireIdleCallback|v8\.compile)$/.test(e.name) &&
      /^chrome-extension:/.test(e.args?.data?.url ?? ''),
  );
  return onThread
    .filter((e) => e.name === 'RunTask')
    .map((t) => {
      // The extension's script steps inside the task: both lists are sorted by start, so a binary search finds them
      // (a probe round's trace holds hundreds of thousands of heartbeat tasks).
      const end = t.ts + (t.dur ?? 0);
      const inside: TraceEvent[] = [];
      for (let i = firstAtOrAfter(scripts, t.ts); i < scripts.length && scripts[i]!.ts < end; i++)
        inside.push(scripts[i]!);
      return {
        start: (t.ts - load) / 1000,
        pageStart: t.ts / 1000 - pageZero,
        wall: (t.dur ?? 0) / 1000,
        // A task's thread time cannot exceed its wall time on one thread; the trace sometimes says so anyway (a cold
        // round's rendering task: 18 ms wall, 85 ms "thread time", its steps adding up to 17 ms). The wall bounds it.
        cpu: Math.min(t.tdur ?? 0, t.dur ?? 0) / 1000,
        rawCpu: (t.tdur ?? 0) / 1000,
        extension: inside.length > 0,
        evaluates: inside.filter((e) => e.name === 'EvaluateScript').map((e) => fileOf(e.args?.data?.url ?? '')),
        parts: partsOf(t, onThread),
      };
    });
}

/** The index of the first event of `sorted` (sorted by start) that starts at or after `ts`. */
function firstAtOrAfter(sorted: readonly TraceEvent[], ts: number): number {
  let lo = 0;
  for (let hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const fileOf = (url: string): string => url.replace(/^.*\//, '').replace(/[?#].*$/, '');

/** A traced step's kind: script steps with their file (and function, where the trace names it). */
function labelOf(e: TraceEvent): string {
  const url = e.args?.data?.url ?? '';
  if (!url) return e.name;
  const file = fileOf(url);
  const fn = e.args?.data?.functionName;
  return `${e.name}(${file}${fn ? ` ${fn}` : ''})`;
}

/** The top-level steps inside `task` (events sorted by start), summed by kind, largest first (at most 5). */
function partsOf(task: TraceEvent, sorted: readonly TraceEvent[]): Array<{ name: string; ms: number }> {
  const end = task.ts + (task.dur ?? 0);
  const sums = new Map<string, number>();
  let coveredTo = task.ts;
  // Binary search for the first step: a trace holds tens of thousands.
  for (let i = firstAtOrAfter(sorted, task.ts); i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e === task || e.name === 'RunTask') continue;
    if (e.ts >= end) break;
    if (e.ts < coveredTo) continue; // inside a step already counted
    const dur = e.dur ?? 0;
    coveredTo = e.ts + dur;
    const label = labelOf(e);
    sums.set(label, (sums.get(label) ?? 0) + dur / 1000);
  }
  return [...sums]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
}

/** The extension tasks that overlap a span of the page's clock, with what each spent its time on (bench output). */
export function describeExtensionTasks(gap: PageSpan, tasks: readonly TraceTask[]): string {
  const end = gap.start + gap.duration;
  return tasks
    .filter((t) => t.extension && t.pageStart < end && t.pageStart + t.wall > gap.start)
    .map(
      (t) =>
        `task ${t.wall.toFixed(0)} ms wall/${t.cpu.toFixed(0)} cpu: ${t.parts.map((p) => `${p.name} ${p.ms.toFixed(0)}`).join(', ')}`,
    )
    .join('; ');
}

/**
 * When `file` (an extension script, by file name) started to run in the page: the start of the first task that
 * evaluated it, ms after the page's load event (the trace's own mark of it); NaN if no task did.
 */
export function firstEvaluation(tasks: readonly TraceTask[], file: string): number {
  return tasks.find((t) => t.evaluates.includes(file))?.start ?? NaN;
}

/** The task after load with the most CPU time (of Termwatch's tasks only, with `extension`); null when none. */
export function longestAfterLoad(tasks: TraceTask[], only?: { extension: boolean }): TraceTask | null {
  let best: TraceTask | null = null;
  for (const t of tasks)
    if (t.start >= 0 && (!only || t.extension === only.extension) && (!best || t.cpu > best.cpu)) best = t;
  return best;
}

/** A span of the page's clock (a heartbeat gap: `start`, `duration` in ms). */
export interface PageSpan {
  start: number;
  duration: number;
}

/**
 * Whether a heartbeat gap overlaps a task that ran extension script: only such a gap is a block Termwatch had a part
 * in. A gap with no extension task in it is the page's own work (its first frame after load, its scripts), or time
 * the renderer waited for a core. False when the tasks cannot be placed on the page's clock.
 */
export function overlapsExtensionTask(gap: PageSpan, tasks: readonly TraceTask[]): boolean {
  const end = gap.start + gap.duration;
  return tasks.some((t) => t.extension && t.pageStart < end && t.pageStart + t.wall > gap.start);
}
