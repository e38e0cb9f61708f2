// The built extension (dist/chrome) in real headless Chromium, measured side by side with the same Chromium without
// it, in one run: page-load cost on a non-terms page, main-thread blocking while a 1 MB terms page is analysed and
// highlighted (with a phase breakdown), bundle sizes, and memory (Node heap of the analyser, JS heap of the tab).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import {
  CHROME_BUILD,
  ROOT,
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
  type Route,
} from '../../test/browser/harness';
import { row } from '../bench-util';
import { PROBE_INIT_SCRIPT, type ProbeReport, type ProbeTask } from './lib/main-thread-probe';
import { bigTermsPage, newsPage } from './lib/pages';
import { longestOtaPages, OTA_DIR } from './lib/ota-pages';
import { reproPages } from './lib/repro-pages';
import {
  describeExtensionTasks,
  firstEvaluation,
  longestAfterLoad,
  overlapsExtensionTask,
  traceMainThread,
  type TraceTask,
} from './lib/main-thread-trace';
import { timePhasesAtLoad, type PhaseTimes } from './lib/phase-probe';
import { launchPlainChromium, launchWithIgnoredHost, setIgnoredHost, type PlainBrowser } from './lib/launch-chromium';
import { installRecorder, statusEvents, waitForStatusEvent } from './lib/status-recorder';
import { browserPid, cpuBetween, cpuSnapshot, type CpuSnapshot, type CpuWindow } from './lib/thread-cpu';

const LOADS = 31;
const WARMUP = 3;
const TERMS_ROUNDS = 3;
const OTA_ROUNDS = 3;
const REPRO_ROUNDS = 2;
const NEWS_PATH = '/2023/08/08/zoom-terms-of-service-ai-training-backlash';
const TERMS_PATH = '/legal/terms-of-service/';
/** After the last mark, how long the page must stay quiet: the page watcher re-checks 700 ms after DOM changes. */
const SETTLE_MS = 2000;
const CAP_MS = 20_000;
/** The analyser's content script, as the background injects it (ANALYSER_FILE of src/background/inject.ts). */
const ANALYSER_SCRIPT = 'content-analyze.js';

const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

export function htmlRoute(pages: Record<string, string>): Route {
  return (req, res) => {
    const html = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (html === undefined) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
    return true;
  };
}

function bundleSizes(): void {
  let raw = 0;
  let gz = 0;
  for (const file of readdirSync(CHROME_BUILD)
    .filter((f) => /\.(?:js|css)$/.test(f))
    .sort()) {
    const bytes = readFileSync(join(CHROME_BUILD, file));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    row(`dist/chrome/${file} (raw / gzip)`, `${kb(bytes.length)} / ${kb(zipped)}`);
  }
  row('dist/chrome *.js + *.css total (raw / gzip)', `${kb(raw)} / ${kb(gz)}`);
  const packages = join(ROOT, 'dist', 'packages');
  const zips = existsSync(packages) ? readdirSync(packages).filter((f) => f.endsWith('.zip')) : [];
  if (zips.length === 0) row('store zips (dist/packages)', 'not built (run `npm run package`)');
  for (const zip of zips.sort()) row(`dist/packages/${zip}`, kb(statSync(join(packages, zip)).size));
}

function nodeHeap(): void {
  // A child with --expose-gc, so the baseline is a collected heap and nothing else of this process is counted.
  const file = join(ROOT, 'test', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md');
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts', 'bench', 'lib', 'node-heap-child.ts'), file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const r = JSON.parse(out.trim().split('\n').pop()!) as {
    chars: number;
    clauses: number;
    findings: number;
    usedGrowth: number;
    committedGrowth: number;
    retainedGrowth: number;
    maxRssGrowthKb: number;
  };
  row(`Node: analyzeText(${basename(file)}), ${r.chars} chars, ${r.clauses} clauses`, `${r.findings} findings`);
  row('  heap used right after (no GC between; ≤ true peak)', `+${mb(r.usedGrowth)}`);
  row('  heap committed by V8 during the run (peak proxy)', `+${mb(r.committedGrowth)}`);
  row('  retained after GC (result kept)', `+${mb(r.retainedGrowth)}`);
  row('  process max RSS growth', `+${mb(r.maxRssGrowthKb * 1024)}`);
}

interface Load {
  dcl: number;
  load: number;
  origin: number;
}

const NAV = `new Promise((ok) => { const f = () => { const n = performance.getEntriesByType('navigation')[0];
  if (n && n.loadEventEnd > 0) ok({ dcl: n.domContentLoadedEventEnd - n.startTime, load: n.loadEventEnd - n.startTime, origin: performance.timeOrigin });
  else setTimeout(f, 5); }; f(); })`;

async function loadOnce(page: Page, url: string): Promise<Load> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return (await page.evaluate(NAV)) as Load;
}

/** Closes the welcome tab the extension opens on install, so it does not share the machine with the measurements. */
async function closeExtraTabs(ctx: BrowserContext, keep: Page[]): Promise<void> {
  await sleep(500);
  for (const p of ctx.pages()) if (!keep.includes(p)) await p.close();
}

/**
 * 90% interval of median(a)/median(b) by resampling whole rounds (paired), with a fixed-seed generator so the same
 * data gives the same interval. This machine is shared and loads vary a lot; the interval says what 21 loads can tell.
 */
function ratioInterval(a: number[], b: number[], draws = 2000): [number, number] {
  let seed = 0x2545f491;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const ratios: number[] = [];
  for (let d = 0; d < draws; d++) {
    const ra: number[] = [];
    const rb: number[] = [];
    for (let i = 0; i < a.length; i++) {
      const k = Math.floor(rand() * a.length);
      ra.push(a[k]!);
      rb.push(b[k]!);
    }
    ratios.push(median(ra) / median(rb));
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(draws * 0.05)]!, ratios[Math.floor(draws * 0.95)]!];
}

function verdict(ratio: number, [lo, hi]: [number, number]): string {
  if (hi <= 1.05) return 'within 5%';
  if (lo > 1.05) return 'NOT within 5%';
  return ratio <= 1.05
    ? 'within 5% (not resolved: interval spans 1.05)'
    : 'over 5% (not resolved: interval spans 1.05)';
}

/**
 * Three sides, interleaved and rotated each round: WITH (Termwatch detects on the page), WITHOUT (same browser and
 * extension, the page on a host the user set as ignored), PLAIN (a second Chromium without any extension, as asked by the issue).
 * WITH/WITHOUT is the precise ratio; PLAIN/WITHOUT shows how much two separate browser processes differ anyway.
 */
async function pageLoad(server: FixtureServer, newsBytes: number): Promise<void> {
  const ext = await launchWithIgnoredHost();
  const plain = await launchPlainChromium();
  try {
    const sides = { with: await ext.ctx.newPage(), without: await ext.ctx.newPage(), plain: await plain.ctx.newPage() };
    await closeExtraTabs(ext.ctx, [sides.with, sides.without]);
    await closeExtraTabs(plain.ctx, [sides.plain]);
    await installRecorder(ext);
    const loads: Record<keyof typeof sides, Load[]> = { with: [], without: [], plain: [] };
    const verdictAt: number[] = [];
    const verdicts = new Map<string, number>();
    const names = Object.keys(sides) as Array<keyof typeof sides>;
    for (let i = 0; i < WARMUP + LOADS; i++) {
      const order = [...names.slice(i % 3), ...names.slice(0, i % 3)];
      // The two host names swap roles every round, so a difference between the hosts themselves cancels out.
      const [withHost, withoutHost] = i % 2 === 0 ? ['127.0.0.1', 'localhost'] : ['localhost', '127.0.0.1'];
      await setIgnoredHost(ext, withoutHost);
      for (const side of order) {
        // A fresh query per load: every load is a new document and a new tab state for the recorder.
        const url = server
          .url(`${side === 'with' ? '/with' : '/without'}${NEWS_PATH}?load=${i}`)
          .replace('127.0.0.1', side === 'with' ? withHost : withoutHost);
        const l = await loadOnce(sides[side], url);
        if (side === 'with') {
          const ev =
            (await waitForStatusEvent(ext, url, 'not-legal', 5000)) ?? (await statusEvents(ext, url))[0] ?? null;
          if (i >= WARMUP) {
            verdicts.set(ev?.status ?? 'none', (verdicts.get(ev?.status ?? 'none') ?? 0) + 1);
            verdictAt.push(ev ? ev.at - l.origin : NaN);
          }
        }
        if (i >= WARMUP) loads[side].push(l);
        await sleep(150); // let the renderer finish post-load work before the next side loads
      }
    }
    row(
      `news page (${kb(newsBytes)}), ${LOADS} rotated rounds after ${WARMUP} warm-up`,
      `background verdicts: ${[...verdicts].map(([k, v]) => `${k}×${v}`).join(', ')}`,
    );
    for (const [name, key] of [
      ['load event end', 'load'],
      ['DOMContentLoaded end', 'dcl'],
    ] as const) {
      const m = (side: keyof typeof sides): number => median(loads[side].map((l) => l[key]));
      const ratio = m('with') / m('without');
      const ci = ratioInterval(
        loads.with.map((l) => l[key]),
        loads.without.map((l) => l[key]),
      );
      row(`  ${name}: with / without content script (same browser)`, `${ms(m('with'))} / ${ms(m('without'))}`);
      row(
        `  ${name} ratio with/without (goal ≤ 1.05)`,
        `${ratio.toFixed(3)} [90% ${ci[0].toFixed(2)}–${ci[1].toFixed(2)}] ${verdict(ratio, ci)}`,
      );
      row(
        `  ${name}: with / plain Chromium (2nd process)`,
        `${(m('with') / m('plain')).toFixed(3)} (${ms(m('with'))} / ${ms(m('plain'))})`,
      );
      row(`  ${name}: without / plain (2 processes, no script: noise)`, (m('without') / m('plain')).toFixed(3));
    }
    const idle = (side: keyof typeof sides): number => median(loads[side].map((l) => l.load - l.dcl));
    row(
      '  DOMContentLoaded → load end (document_idle scripts run here)',
      `${ms(idle('with'))} with / ${ms(idle('without'))} without / ${ms(idle('plain'))} plain`,
    );
    row(
      '  added DCL→load time as a share of load end without',
      `${(((idle('with') - idle('without')) / median(loads.without.map((l) => l.load))) * 100).toFixed(1)}%`,
    );
    row(
      '  detector verdict stored by background, after nav start',
      `${ms(median(verdictAt))} (load end with: ${ms(median(loads.with.map((l) => l.load)))})`,
    );
  } finally {
    await ext.close();
    await plain.close();
  }
}

interface TermsRun {
  probe: ProbeReport;
  /** The page's main-thread tasks from a trace, with thread CPU time (robust to the machine's load). */
  trace: TraceTask[];
  /** The tab's settled status ('analysed', or 'failed' when the analysis was given up); '' without the extension. */
  status: string;
  /**
   * Page clock (ms after navigation start) when the report was stored as done: the tab status the popup shows as the
   * finished report ('analysed'), with the badge set and the findings on their way to be painted. NaN without the
   * extension.
   */
  analysedAt: number;
  /** Page clock when the version was recorded in history (the report's change info arrived); NaN if never. */
  historyAt: number;
  /**
   * Page clock when the background wrote status 'analysing': on the detector's verdict (or the user's request), just
   * before it injects the analyser, so this is not the injection itself (see analyserRunsAt).
   */
  analysingAt: number;
  /**
   * ms after the load event (the trace's mark of it) when the analyser's content script started to run in the page: the
   * traced task that evaluated content-analyze.js. NaN if the trace did not show it.
   */
  analyserRunsAt: number;
  /** Page clock when the bench asked for the analysis from the popup (the detector skipped the page); NaN otherwise. */
  requestedAt: number;
  heapUsed: number;
  heapUsedBeforeGc: number;
  /** True if the page was still busy (marks changing or heartbeat gaps) when the time cap was reached. */
  capped: boolean;
  /**
   * CPU by thread from load end until the settled status was seen (lib/thread-cpu.ts); without the extension, over
   * `windowMs` after load end (the same round's window with it). Null without /proc.
   */
  cpu: CpuWindow | null;
  /** Wall time of the CPU window, ms. */
  windowMs: number;
}

async function heapOf(page: Page): Promise<{ before: number; after: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async (): Promise<number> =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const before = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await read();
  await cdp.detach();
  return { before, after };
}

interface ReportTimes {
  status: string;
  /** Page clock (ms after navigation start) when the settled status was written; see TermsRun. */
  analysedAt: number;
  analysingAt: number;
  requestedAt: number;
  cpu: CpuWindow | null;
  windowMs: number;
}

/**
 * Waits for the tab's settled status (asking for the analysis from the popup if the detector skipped the page) and
 * reads from the recorder when each state was written. The CPU window (from `cpuFrom`, taken at load end) closes as
 * soon as the settled status is seen. The same for the rounds with and without the heartbeat probe.
 */
async function awaitReport(
  ext: ExtensionBrowser,
  url: string,
  origin: number,
  pid: number | null,
  cpuFrom: CpuSnapshot | null,
  cpuStart: number,
): Promise<ReportTimes> {
  const tabId = await tabIdOf(ext, url);
  const settled = ['analysed', 'failed', 'timed-out'];
  let requestedAt = NaN;
  let status = (await waitForTabStatus(ext, tabId, [...settled, 'not-legal'], 90_000)).status;
  if (status === 'not-legal') {
    // A document the detector does not take for terms is analysed on request, as a user would ask from the popup.
    const popup = await openPopupFor(ext, tabId);
    requestedAt = Date.now() - origin;
    await popup.click('button:has-text("Analyse this page anyway")');
    status = (await waitForTabStatus(ext, tabId, settled, 90_000)).status;
    await popup.close();
  }
  const cpu = cpuFrom ? cpuBetween(cpuFrom, cpuSnapshot(pid)) : null;
  const windowMs = Date.now() - cpuStart;
  const events = await statusEvents(ext, url);
  return {
    status,
    analysedAt: (events.find((e) => e.status === status)?.at ?? NaN) - origin,
    analysingAt: (events.find((e) => e.status === 'analysing')?.at ?? NaN) - origin,
    requestedAt,
    cpu,
    windowMs,
  };
}

const QUIET = `(() => { const s = window.__twProbe; const g = s.messageGaps[s.messageGaps.length - 1];
  return { marks: window.__twPainted(), lastGapEnd: g ? g.start + g.duration : 0, now: performance.now() }; })()`;

/**
 * Loads the page with the probe and waits until it has settled: with the extension, the report is stored, marks are
 * on the page, and for SETTLE_MS neither the mark count changed nor a heartbeat gap over 50 ms ended (this covers the
 * page watcher's re-check after our own DOM changes). Capped at CAP_MS after load.
 */
async function termsRun(
  ctx: BrowserContext,
  url: string,
  ext: ExtensionBrowser | null,
  pid: number | null = null,
  windowMs = NaN,
): Promise<TermsRun> {
  const page = await ctx.newPage();
  await page.addInitScript(PROBE_INIT_SCRIPT);
  const stopTrace = await traceMainThread(page);
  const { origin } = await loadOnce(page, url);
  const cpuFrom = pid === null ? null : cpuSnapshot(pid);
  const cpuStart = Date.now();
  let cpu: TermsRun['cpu'] = null;
  let analysedAt = NaN;
  let historyAt = NaN;
  let analysingAt = NaN;
  let requestedAt = NaN;
  let status = '';
  if (ext) {
    const r = await awaitReport(ext, url, origin, pid, cpuFrom, cpuStart);
    ({ status, analysedAt, analysingAt, requestedAt, cpu, windowMs } = r);
  }
  if (!ext && cpuFrom && Number.isFinite(windowMs)) {
    await sleep(Math.max(0, windowMs - (Date.now() - cpuStart)));
    cpu = cpuBetween(cpuFrom, cpuSnapshot(pid));
  }
  let last = -1;
  let stableSince = 0;
  let capped = false;
  const started = Date.now();
  for (;;) {
    const q = (await page.evaluate(QUIET)) as { marks: number; lastGapEnd: number; now: number };
    if (q.marks !== last) {
      last = q.marks;
      stableSince = q.now;
    }
    const quietFor = q.now - Math.max(stableSince, q.lastGapEnd);
    if ((q.marks > 0 || !ext || status !== 'analysed') && quietFor >= SETTLE_MS) break;
    if (Date.now() - started > CAP_MS) {
      capped = true;
      break;
    }
    await sleep(100);
  }
  if (ext && status === 'analysed') {
    // The history is saved after the report: read its time once the page has settled (or give up after 10 s more).
    const recorded = await waitForStatusEvent(ext, url, 'analysed', 10_000, (e) => e.change);
    historyAt = (recorded?.at ?? NaN) - origin;
  }
  await page.evaluate('window.__twProbe.stop()');
  const probe = (await page.evaluate('window.__twProbe.report()')) as ProbeReport;
  const trace = await stopTrace(url, probe.clockMarkAt);
  const heap = await heapOf(page);
  await page.close();
  return {
    probe,
    trace,
    status,
    analysedAt,
    historyAt,
    analysingAt,
    analyserRunsAt: firstEvaluation(trace, ANALYSER_SCRIPT),
    requestedAt,
    heapUsed: heap.after,
    heapUsedBeforeGc: heap.before,
    capped,
    cpu,
    windowMs,
  };
}

/** A round without the heartbeat probe (reportRun): the report's timing and the CPU window only. */
interface ReportRun extends ReportTimes {
  /** Load event end, ms after navigation start (the page's Navigation Timing, as the probe reads it). */
  loadEnd: number;
  analyserRunsAt: number;
  capped: boolean;
}

const MARKS = `(() => { let n = 0; if (window.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size; return n; })()`;

/**
 * termsRun with the extension, without the heartbeat probe: the same browser, page, trace and reading of the stored
 * status, only the probe's init script left out. The probe posts its next message as soon as the last arrives, so it
 * keeps the page's main thread busy whenever nothing else runs (about 0.9 s of CPU a second), and on a 2-core machine
 * that competes with the analysis worker: its rounds' report time is later than a user's. Settles the same way as
 * termsRun (marks unchanged for SETTLE_MS, polled from the bench; then the history record), so the next round starts
 * on an idle browser.
 */
export async function reportRun(
  ctx: BrowserContext,
  url: string,
  ext: ExtensionBrowser,
  pid: number | null,
): Promise<ReportRun> {
  const page = await ctx.newPage();
  const stopTrace = await traceMainThread(page);
  const { origin, load } = await loadOnce(page, url);
  const cpuFrom = pid === null ? null : cpuSnapshot(pid);
  const times = await awaitReport(ext, url, origin, pid, cpuFrom, Date.now());
  let last = -1;
  let stableSince = Date.now();
  let capped = false;
  for (const started = Date.now(); ; await sleep(100)) {
    const marks = (await page.evaluate(MARKS)) as number;
    if (marks !== last) {
      last = marks;
      stableSince = Date.now();
    }
    if ((marks > 0 || times.status !== 'analysed') && Date.now() - stableSince >= SETTLE_MS) break;
    if (Date.now() - started > CAP_MS) {
      capped = true;
      break;
    }
  }
  if (times.status === 'analysed') await waitForStatusEvent(ext, url, 'analysed', 10_000, (e) => e.change);
  const trace = await stopTrace(url);
  await page.close();
  return { ...times, loadEnd: load, analyserRunsAt: firstEvaluation(trace, ANALYSER_SCRIPT), capped };
}

const PHASES = ['page load', 'load → first mark', 'highlighting', 'after last mark'] as const;
type Phase = (typeof PHASES)[number];

function phaseOf(t: ProbeTask, p: ProbeReport): Phase {
  if (t.start < p.loadEnd) return 'page load';
  if (p.firstMarkAt === null || t.start < p.firstMarkAt) return 'load → first mark';
  if (p.lastMarkAt !== null && t.start <= p.lastMarkAt) return 'highlighting';
  return 'after last mark';
}

function longestIn(tasks: ProbeTask[], p: ProbeReport, phase: Phase): number {
  return Math.max(0, ...tasks.filter((t) => phaseOf(t, p) === phase).map((t) => t.duration));
}

/**
 * The longest heartbeat gap after load. `termwatch`: only gaps that overlap a task of the extension in the trace (its
 * content script's or injected script's tasks), the goal's measure: a gap with none is the page's own work (on the
 * 1 MB page its first frame after load, ~140 ms of CPU with or without Termwatch) or time spent waiting for a core.
 * NaN when the trace could not be laid over the page's clock.
 */
function blockAfterLoad(r: TermsRun, termwatch: boolean): number {
  const gaps = r.probe.messageGaps.filter((g) => g.start >= r.probe.loadEnd);
  if (!termwatch) return Math.max(0, ...gaps.map((g) => g.duration));
  if (!r.trace.length || !r.trace.every((t) => Number.isFinite(t.pageStart))) return NaN;
  return Math.max(0, ...gaps.filter((g) => overlapsExtensionTask(g, r.trace)).map((g) => g.duration));
}

async function termsPage(server: FixtureServer, termsBytes: number): Promise<void> {
  const ext = await launchChromiumWithExtension();
  const plain = await launchPlainChromium();
  const baselineDir = baseline();
  const base = baselineDir ? await launchChromiumWithExtension({ extensionDir: baselineDir }) : null;
  const withRuns: TermsRun[] = [];
  const withoutRuns: TermsRun[] = [];
  const baseRuns: TermsRun[] = [];
  const bareRuns: ReportRun[] = [];
  const extPid = browserPid(ext.profile);
  const plainPid = browserPid(plain.profile);
  const basePid = base ? browserPid(base.profile) : null;
  let phases: PhaseTimes[];
  try {
    await closeExtraTabs(ext.ctx, []);
    await installRecorder(ext);
    if (base) {
      await closeExtraTabs(base.ctx, []);
      await installRecorder(base);
    }
    for (let i = 0; i < TERMS_ROUNDS; i++) {
      // The round without the probe goes first in every other round, so neither kind always meets the browser
      // (and the analysis worker, stopped after a minute idle) in the state the other leaves.
      const bare = async (): Promise<void> => {
        bareRuns.push(await reportRun(ext.ctx, server.url(`${TERMS_PATH}?bare=${i}`), ext, extPid));
      };
      if (i % 2 === 1) await bare();
      const withRun = await termsRun(ext.ctx, server.url(`${TERMS_PATH}?round=${i}`), ext, extPid);
      withRuns.push(withRun);
      // Over the same time after load: what the page (and the bench's probe in it) costs without Termwatch.
      withoutRuns.push(
        await termsRun(plain.ctx, server.url(`${TERMS_PATH}?round=${i}`), null, plainPid, withRun.windowMs),
      );
      if (base) baseRuns.push(await termsRun(base.ctx, server.url(`${TERMS_PATH}?round=${i}`), base, basePid));
      if (i % 2 === 0) await bare();
    }
    phases = await phaseBreakdown(plain, server);
  } finally {
    await ext.close();
    await plain.close();
    await base?.close();
  }
  if (baselineDir) compareBuilds(baselineDir, withRuns, baseRuns);
  cpuRows('this build', withRuns);
  cpuRows('this build, rounds without the probe', bareRuns);
  if (baselineDir) cpuRows('baseline', baseRuns);
  pageCpuWithout(withoutRuns);
  const med = (runs: TermsRun[], f: (r: TermsRun) => number): number => median(runs.map(f));
  const p = (r: TermsRun): ProbeReport => r.probe;
  const sinceLoad = (r: TermsRun, t: number | null): number => (t ?? NaN) - r.probe.loadEnd;
  row(
    `1 MB terms page (${kb(termsBytes)}), median of ${TERMS_ROUNDS} fresh loads per side`,
    withRuns.some((r) => r.capped) ? `(some runs hit the ${CAP_MS / 1000} s cap while still busy)` : '',
  );
  row(
    '  (block with a Termwatch task: a heartbeat gap after load that overlaps a traced task running extension script)',
    'the goal counts these; any gap: the page too',
  );
  row(
    '  load event end, with / without extension',
    `${ms(med(withRuns, (r) => p(r).loadEnd))} / ${ms(med(withoutRuns, (r) => p(r).loadEnd))}`,
  );
  row(
    "  detector's verdict stored (status analysing, written while the analyser is injected), from load end",
    ms(med(withRuns, (r) => sinceLoad(r, r.analysingAt))),
  );
  row(
    '  analyser injected (trace: the task that evaluated content-analyze.js), from the load event',
    ms(med(withRuns, (r) => r.analyserRunsAt)),
  );
  reportRows(withRuns, bareRuns);
  row(
    '  version recorded in history (change info arrives after the report), from load end',
    ms(med(withRuns, (r) => sinceLoad(r, r.historyAt))),
  );
  row('  first mark on the page, from load end', ms(med(withRuns, (r) => sinceLoad(r, p(r).firstMarkAt))));
  row(
    '  painting all highlights (first mark → last mark)',
    ms(med(withRuns, (r) => (p(r).lastMarkAt ?? NaN) - (p(r).firstMarkAt ?? NaN))),
  );
  row(
    '  highlighted ranges on the page (added)',
    `${med(withRuns, (r) => p(r).marksNow)} (${med(withRuns, (r) => p(r).marksAdded)})`,
  );
  // Heartbeat gaps are the main measure: Chromium's longtask API does not report the content script's tasks
  // (the 1 s analysis task shows up in the heartbeat, rAF and long-animation-frame timings, not in 'longtask').
  // The goal is about Termwatch, so it counts the gaps a Termwatch task took part in (blockAfterLoad); every gap,
  // with and without the extension, is the line after it, so the page's own blocks stay in view.
  const gapAfterLoad = (r: TermsRun): number => blockAfterLoad(r, false);
  const ownGap = (r: TermsRun): number => blockAfterLoad(r, true);
  const worst = Math.max(...withRuns.map(ownGap));
  row(
    '  longest main-thread block after load with a Termwatch task in it, heartbeat (goal < 50 ms)',
    `${ms(med(withRuns, ownGap))} median, ${ms(worst)} worst: ${worst < 50 ? 'OK' : Number.isNaN(worst) ? 'n/a (trace not aligned)' : 'OVER 50 ms'}`,
  );
  row(
    '  longest main-thread block after load, any heartbeat gap, with / without extension',
    `${ms(med(withRuns, gapAfterLoad))} / ${ms(med(withoutRuns, gapAfterLoad))} (worst ${ms(Math.max(...withRuns.map(gapAfterLoad)))} / ${ms(Math.max(...withoutRuns.map(gapAfterLoad)))})`,
  );
  // The trace's thread CPU time is the work a task did, which the machine's load does not inflate (its wall time, and
  // the heartbeat gaps above, include the time the renderer waited for a core).
  const cpu = (r: TermsRun, only?: { extension: boolean }): number => longestAfterLoad(r.trace, only)?.cpu ?? NaN;
  const wall = (r: TermsRun, only?: { extension: boolean }): number => longestAfterLoad(r.trace, only)?.wall ?? NaN;
  const ownCpu = Math.max(...withRuns.map((r) => cpu(r, { extension: true })));
  row(
    '  longest Termwatch task after load, thread CPU (trace; goal < 50 ms)',
    `${ms(med(withRuns, (r) => cpu(r, { extension: true })))} median, ${ms(ownCpu)} worst (wall ${ms(med(withRuns, (r) => wall(r, { extension: true })))}): ${ownCpu < 50 ? 'OK' : 'OVER 50 ms'}`,
  );
  // When it ran, to match it with a step of analyze-entry.ts (report stored, first mark: the lines above).
  row(
    '    its start, from load end, per run',
    withRuns.map((r) => ms(longestAfterLoad(r.trace, { extension: true })?.start ?? NaN)).join(', '),
  );
  // What the worst of them spent its time on (a cold first round's task is the one over the goal, when one is).
  const worstTask = withRuns
    .map((r) => longestAfterLoad(r.trace, { extension: true }))
    .reduce<TraceTask | null>((a, t) => (t && (!a || t.cpu > a.cpu) ? t : a), null);
  if (worstTask)
    row(
      '    the worst one, its steps',
      `${worstTask.wall.toFixed(0)} ms wall/${worstTask.cpu.toFixed(0)} cpu${worstTask.rawCpu > worstTask.cpu ? ` (the trace's thread time ${worstTask.rawCpu.toFixed(0)}, over the wall: capped)` : ''}: ${worstTask.parts.map((x) => `${x.name} ${x.ms.toFixed(0)}`).join(', ')}`,
    );
  row(
    '  longest main-thread task after load, thread CPU, with / without',
    `${ms(med(withRuns, (r) => cpu(r)))} / ${ms(med(withoutRuns, (r) => cpu(r)))}`,
  );
  row(
    '  longest heartbeat gap whole run, with / without extension',
    `${ms(med(withRuns, (r) => p(r).maxMessageGap))} / ${ms(med(withoutRuns, (r) => p(r).maxMessageGap))}`,
  );
  row(
    '  longest rAF frame gap whole run, with / without',
    `${ms(med(withRuns, (r) => p(r).maxFrameGap))} / ${ms(med(withoutRuns, (r) => p(r).maxFrameGap))}`,
  );
  const longTask = (r: TermsRun): number => Math.max(0, ...p(r).longTasks.map((t) => t.duration));
  row(
    '  longest task, longtask API, with / without (page-visible only)',
    `${ms(med(withRuns, longTask))} / ${ms(med(withoutRuns, longTask))}`,
  );
  for (const phase of PHASES) {
    const gap = med(withRuns, (r) => longestIn(p(r).messageGaps, p(r), phase));
    const lt = med(withRuns, (r) => longestIn(p(r).longTasks, p(r), phase));
    const count = med(withRuns, (r) => p(r).messageGaps.filter((t) => phaseOf(t, p(r)) === phase).length);
    row(`    ${phase}: heartbeat gap / longtask API (gaps > 50 ms)`, `${ms(gap)} / ${ms(lt)} (${count})`);
  }
  // The gaps of the median run, in order, so each can be matched to a step of analyze-entry.ts; `*` marks a gap with a
  // Termwatch task in it.
  const byGap = [...withRuns].sort((a, b) => gapAfterLoad(a) - gapAfterLoad(b));
  const mid = byGap[Math.floor(byGap.length / 2)]!;
  const gaps = p(mid)
    .messageGaps.filter((g) => g.start >= p(mid).loadEnd - 1)
    .slice(0, 8)
    .map(
      (g) =>
        `+${(g.start - p(mid).loadEnd).toFixed(0)}:${g.duration.toFixed(0)}${overlapsExtensionTask(g, mid.trace) ? '*' : ''}`,
    )
    .join(' ');
  row('    median run, gaps > 50 ms after load (+start:ms, * with a Termwatch task)', gaps || 'none');
  // What the Termwatch tasks in each such gap spent their time on, every run: script, or the style/layout/paint after it.
  withRuns.forEach((r, i) => {
    row(
      `      run ${i + 1}, from load end: report stored / first / last mark`,
      `${ms(sinceLoad(r, r.analysedAt))} / ${ms(sinceLoad(r, p(r).firstMarkAt))} / ${ms(sinceLoad(r, p(r).lastMarkAt))}`,
    );
    for (const g of p(r).messageGaps.filter((x) => x.start >= p(r).loadEnd && overlapsExtensionTask(x, r.trace)))
      row(
        `      run ${i + 1}, gap +${(g.start - p(r).loadEnd).toFixed(0)}:${g.duration.toFixed(0)}`,
        describeExtensionTasks(g, r.trace),
      );
  });
  row(
    '    median run, from load end: report stored / first / last mark',
    `${ms(sinceLoad(mid, mid.analysedAt))} / ${ms(sinceLoad(mid, p(mid).firstMarkAt))} / ${ms(sinceLoad(mid, p(mid).lastMarkAt))}`,
  );
  // The heap figure covers the whole renderer isolate: the page plus the content scripts' isolated world.
  const hw = med(withRuns, (r) => r.heapUsed);
  const hn = med(withoutRuns, (r) => r.heapUsed);
  row(
    '  tab JS heap after GC (CDP JSHeapUsedSize), with / without',
    `${mb(hw)} / ${mb(hn)} (×${(hw / hn).toFixed(2)}, +${mb(hw - hn)})`,
  );
  row(
    '  tab JS heap before GC, with / without',
    `${mb(med(withRuns, (r) => r.heapUsedBeforeGc))} / ${mb(med(withoutRuns, (r) => r.heapUsedBeforeGc))}`,
  );
  printPhases(phases);
}

/**
 * The report's time from load end, in the rounds with the heartbeat probe and in those without it. The goal is judged
 * on the rounds without: the probe keeps the page's main thread busy (about 0.9 s of CPU a second here), which on a
 * 2-core machine takes a core from the analysis worker, so its rounds' report comes later than a user's would. The
 * probe rounds' figure stays beside it (the block metrics come from those rounds).
 */
function reportRows(probeRuns: TermsRun[], bareRuns: ReportRun[]): void {
  const list = (xs: number[]): string => {
    const m = median(xs);
    return `${ms(m)} median of ${xs.length}: ${xs.map((x) => x.toFixed(0)).join(', ')}`;
  };
  const withProbe = probeRuns.map((r) => r.analysedAt - r.probe.loadEnd);
  const without = bareRuns.map((r) => r.analysedAt - r.loadEnd);
  const m = median(without);
  const capped = bareRuns.some((r) => r.capped) ? ' (some hit the cap while still busy)' : '';
  const statuses = [...new Set(bareRuns.map((r) => r.status))].join('/');
  row(
    '  report done (status analysed, as the popup shows it), from load end, probe rounds (not the goal: the probe loads the CPU)',
    list(withProbe),
  );
  row(
    '  report done, from load end, rounds without the probe (goal ≤ 1 s; judged here)',
    `${list(without)}: ${Number.isNaN(m) ? 'n/a' : m <= 1000 ? 'OK' : 'OVER 1 s'} (${statuses})${capped}`,
  );
  row(
    "    without the probe: detector's verdict stored / analyser injected (trace), from load end",
    `${ms(median(bareRuns.map((r) => r.analysingAt - r.loadEnd)))} / ${ms(median(bareRuns.map((r) => r.analyserRunsAt)))}`,
  );
}

/** The analyser's synchronous chunk, phase by phase, cold on fresh loads of the same page (no extension). */
async function phaseBreakdown(plain: PlainBrowser, server: FixtureServer): Promise<PhaseTimes[]> {
  const runs: PhaseTimes[] = [];
  for (let i = 0; i < TERMS_ROUNDS; i++)
    runs.push(await timePhasesAtLoad(plain.ctx, server.url(`${TERMS_PATH}?phases=${i}`)));
  return runs;
}

function printPhases(runs: PhaseTimes[]): void {
  const m = (k: keyof PhaseTimes): number => median(runs.map((r) => r[k]));
  row(
    `  phase breakdown (core calls unsliced in the load event, cold, median of ${TERMS_ROUNDS})`,
    `${m('clauses')} clauses, ${m('findings')} findings`,
  );
  row('    evaluate the equivalent bundle (core calls below)', ms(m('evaluate')));
  row('    detectPage (in the detector, once)', ms(m('detect')));
  row('    extractDocument (page, in time-boxed slices)', ms(m('extract')));
  row('    pack clauses as offsets (page, one task)', ms(m('pack')));
  row(`    serialise page-extracted, packed (${kb(m('payloadBytes'))}; page, one task)`, ms(m('serialise')));
  row(
    `    serialise it with clause objects, as before packing (${kb(m('unpackedBytes'))})`,
    ms(m('serialiseUnpacked')),
  );
  row('    analyzeClauses (the analysis worker, off the page)', ms(m('analyse')));
  row('    pending style/layout, forced afterwards', ms(m('layout')));
}

const sinceLoadEnd = (r: TermsRun, t: number | null): string => ((t ?? NaN) - r.probe.loadEnd).toFixed(0);

/**
 * Pages measured one by one (rounds outermost): the longest main-thread block after load, Termwatch's longest task
 * and the time from load to the report, per page. The five longest real documents of ../shared/corpus/ota rendered
 * with collapsed <details> sections, and the reproductions of issue #13.
 */
async function pageTable(
  server: FixtureServer,
  pages: Array<{ name: string; path: string; bytes?: number }>,
  heading: string,
  rounds: number,
): Promise<void> {
  const ext = await launchChromiumWithExtension();
  const runs = new Map<string, TermsRun[]>(pages.map((pg) => [pg.path, []]));
  try {
    await closeExtraTabs(ext.ctx, []);
    await installRecorder(ext);
    // Rounds outermost, so a passing spell of load on this shared machine is spread over all documents.
    for (let i = 0; i < rounds; i++)
      for (const pg of pages)
        runs.get(pg.path)!.push(await termsRun(ext.ctx, server.url(`${pg.path}?round=${i}`), ext));
  } finally {
    await ext.close();
  }
  row(
    `${heading}, median of ${rounds}`,
    'after load: heartbeat block with a Termwatch task / Termwatch task CPU (goals < 50 ms) / any heartbeat gap / load → report',
  );
  let worstBlock = 0;
  let worstAny = 0;
  let worstOwn = 0;
  for (const pg of pages) {
    const rs = runs.get(pg.path)!;
    const gap = (r: TermsRun): number => blockAfterLoad(r, true);
    const any = (r: TermsRun): number => blockAfterLoad(r, false);
    const onRequest = rs.some((r) => Number.isFinite(r.requestedAt));
    const report = median(rs.map((r) => r.analysedAt - (onRequest ? r.requestedAt : r.probe.loadEnd)));
    const statuses = [...new Set(rs.map((r) => r.status))].join('/');
    // NaN (a trace not laid over the page's clock) stays NaN, so it cannot pass for a short block.
    worstBlock = Math.max(worstBlock, ...rs.map(gap));
    worstAny = Math.max(worstAny, ...rs.map(any));
    const notes = `${statuses}${onRequest ? ', not detected: analysed on request, time from the request' : ''}, ${median(rs.map((r) => r.probe.marksNow))} marks`;
    const own = rs.map((r) => longestAfterLoad(r.trace, { extension: true })?.cpu ?? NaN);
    worstOwn = Math.max(worstOwn, ...own.filter(Number.isFinite));
    row(
      `  ${pg.name}${pg.bytes === undefined ? '' : ` (${kb(pg.bytes)} md)`}`,
      `${ms(median(rs.map(gap)))} / ${ms(median(own))} / ${ms(median(rs.map(any)))} / ${ms(report)} (${notes})${rs.some((r) => r.capped) ? ' capped' : ''}`,
    );
    // The page's worst block with a Termwatch task in it, and what those tasks spent their time on.
    let worst: { r: TermsRun; g: ProbeTask } | null = null;
    for (const r of rs)
      for (const g of r.probe.messageGaps)
        if (
          g.start >= r.probe.loadEnd &&
          overlapsExtensionTask(g, r.trace) &&
          (!worst || g.duration > worst.g.duration)
        )
          worst = { r, g };
    if (worst)
      row(
        `    worst block +${(worst.g.start - worst.r.probe.loadEnd).toFixed(0)}:${worst.g.duration.toFixed(0)} (first mark +${sinceLoadEnd(worst.r, worst.r.probe.firstMarkAt)})`,
        describeExtensionTasks(worst.g, worst.r.trace),
      );
  }
  row(
    '  worst heartbeat block after load with a Termwatch task in it, all runs (goal < 50 ms)',
    `${ms(worstBlock)}: ${worstBlock < 50 ? 'OK' : Number.isNaN(worstBlock) ? 'n/a (trace not aligned)' : 'OVER 50 ms'}`,
  );
  row("  worst heartbeat gap after load, any (the page's own work included), all runs", ms(worstAny));
  row(
    '  worst Termwatch task after load, thread CPU, all runs (goal < 50 ms)',
    `${ms(worstOwn)}: ${worstOwn < 50 ? 'OK' : 'OVER 50 ms'}`,
  );
}

/**
 * This build against another build of Termwatch (`--baseline=DIR`, an unpacked Chrome build such as an older commit's
 * dist/chrome), on the 1 MB page, their rounds interleaved in the same run: on a shared machine only such ratios say
 * whether a change helped.
 */
function compareBuilds(dir: string, runs: TermsRun[], baseRuns: TermsRun[]): void {
  const m = (rs: TermsRun[], f: (r: TermsRun) => number): number => median(rs.map(f));
  const line = (name: string, f: (r: TermsRun) => number): void => {
    const a = m(runs, f);
    const b = m(baseRuns, f);
    row(`  ${name}, this build / baseline`, `${ms(a)} / ${ms(b)} (ratio ${(a / b).toFixed(2)})`);
  };
  row(`1 MB terms page, this build against ${dir}, median of ${runs.length} interleaved rounds`, '');
  line("detector's verdict stored (status analysing), from load end", (r) => r.analysingAt - r.probe.loadEnd);
  line('analyser injected (trace), from the load event', (r) => r.analyserRunsAt);
  line('report done, from load end', (r) => r.analysedAt - r.probe.loadEnd);
  line('first mark on the page, from load end', (r) => (r.probe.firstMarkAt ?? NaN) - r.probe.loadEnd);
  line('report done → first mark', (r) => (r.probe.firstMarkAt ?? NaN) - r.analysedAt);
  line(
    'longest Termwatch task after load, thread CPU',
    (r) => longestAfterLoad(r.trace, { extension: true })?.cpu ?? NaN,
  );
  line('longest block after load with a Termwatch task in it, heartbeat', (r) => blockAfterLoad(r, true));
}

/**
 * Where the CPU went between load end and the report, per run (Linux: /proc). On a shared 2-core machine the report's
 * wall time depends on free cores: "rest of the machine" is the other sessions' share of the window's core time, and
 * the extension's V8 helper threads (compiling the analyser's hot code, collecting garbage) run beside each worker.
 */
function cpuRows(name: string, runs: Array<{ cpu: CpuWindow | null }>): void {
  const windows = runs.map((r) => r.cpu).filter((c): c is NonNullable<TermsRun['cpu']> => c !== null);
  if (!windows.length) return;
  row(`  CPU from load end to the report (${name}), per run`, 'ms of thread CPU');
  const groups = [...new Set(windows.flatMap((w) => [...w.groups.keys()]))].sort();
  for (const g of groups) row(`    ${g}`, windows.map((w) => (w.groups.get(g) ?? 0).toFixed(0)).join(', '));
  // A worker stopped after WORKER_IDLE_MS is started afresh for the page and compiles the analyser's hot code again:
  // on a loaded machine the rounds are far enough apart for that, on a quiet one they are not.
  row(
    '    analysis worker threads that worked (of them started after load)',
    windows.map((w) => `${w.busyWorkers} (${w.freshWorkers})`).join(', '),
  );
  row(
    '    this Chromium / rest of the machine / all cores × window',
    windows.map((w) => `${w.chromium.toFixed(0)} / ${w.others.toFixed(0)} / ${w.capacity.toFixed(0)}`).join(', '),
  );
}

/**
 * The page's renderer without Termwatch, over the same time after load as the round's run with it: the page's own work
 * after load (its first frames) and the bench's heartbeat probe (main-thread-probe.ts), which posts a message as soon as
 * the last one arrives and so keeps the page's main thread busy whenever nothing else runs. Set beside the renderer
 * rows above, it tells how much of them is Termwatch's.
 */
function pageCpuWithout(runs: TermsRun[]): void {
  const windows = runs.map((r) => r.cpu).filter((c): c is NonNullable<TermsRun['cpu']> => c !== null);
  if (!windows.length) return;
  row('  CPU over the same time after load WITHOUT the extension, per run', 'ms of thread CPU');
  for (const g of ['page renderer: main thread', 'page renderer: other threads'])
    row(`    ${g}`, windows.map((w) => (w.groups.get(g) ?? 0).toFixed(0)).join(', '));
  row('    window (ms after load end)', runs.map((r) => r.windowMs.toFixed(0)).join(', '));
}

/** `--baseline=DIR`: a second build to measure the 1 MB page against (compareBuilds). */
function baseline(): string | null {
  const arg = process.argv.find((a) => a.startsWith('--baseline='));
  return arg ? arg.slice('--baseline='.length) : null;
}

/**
 * `npx tsx scripts/bench.ts extension --parts=terms,ota` runs only those parts (bundle, heap, load, terms, ota,
 * repro).
 */
function parts(): Set<string> {
  const arg = process.argv.find((a) => a.startsWith('--parts='));
  return new Set(arg ? arg.slice('--parts='.length).split(',') : ['bundle', 'heap', 'load', 'terms', 'ota', 'repro']);
}

export async function run(): Promise<void> {
  const want = parts();
  if (want.has('bundle')) bundleSizes();
  if (want.has('heap')) nodeHeap();
  const news = newsPage();
  const terms = bigTermsPage();
  const ota = want.has('ota') ? longestOtaPages(5) : [];
  const repro = want.has('repro') ? reproPages() : [];
  const otaRoutes = Object.fromEntries([...(ota ?? []), ...repro].map((pg) => [pg.path, pg.html]));
  const server = await startFixtureServer([
    htmlRoute({ [`/with${NEWS_PATH}`]: news, [`/without${NEWS_PATH}`]: news, [TERMS_PATH]: terms, ...otaRoutes }),
  ]);
  try {
    if (want.has('load')) await pageLoad(server, news.length);
    if (want.has('terms')) await termsPage(server, terms.length);
    if (want.has('ota')) {
      if (ota === null)
        row(
          'five longest Open Terms Archive documents',
          `skipped: ${OTA_DIR} not found (the corpus sits beside the repository)`,
        );
      else await pageTable(server, ota, `five longest documents of ${OTA_DIR} (collapsed <details>)`, OTA_ROUNDS);
    }
    if (want.has('repro'))
      await pageTable(
        server,
        repro,
        'issue #13 reproductions (Bolt Drivers policy from the corpus; generated pages of punctuation runs)',
        REPRO_ROUNDS,
      );
  } finally {
    await server.close();
  }
}
