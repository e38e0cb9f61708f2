// The page's side of an analysis, injected by the background only into pages that look legal (or on request).
// Extracts the legal text in time-boxed slices and sends it to the background, which analyses it in a worker (the
// analyser is not in this bundle: no analysis runs on the page's main thread), then paints the findings it gets back.
// Injected again on the same page (SPA navigation, "analyse anyway"), it re-runs instead of stacking listeners.
import browser from 'webextension-polyfill';
import { cut, PAGE_BOUNDS, shorten } from '../core/bounds';
import { packClausesSteps } from '../core/clause-pack';
import { sliceClock } from '../core/extract/stepping';
import { detectPage } from '../core/detect';
import { extractDocumentInSlices, locateInBlock, type Extraction } from '../core/extract';
import type { Detection, Finding } from '../core/types';
import { highlightClauses, isOwnNode, removeAllHighlights, type HighlightHandle } from './highlight';
import { sendToBackground } from '../shared/transport';
import { openPageStream, type PageSender } from '../shared/page-port';
import { yieldToPage } from '../core/yield-to-page';
import { pageTextInSlices, SLICE_MS } from './page-text';
import type { ContentProtocol } from '../shared/messages';

interface AnalyserState {
  extraction: Extraction | null;
  /** The findings the background sent back for `extraction`. */
  findings: Finding[] | null;
  /** The detector's verdict the background passed on (null: detect here, once). */
  detection: Detection | null;
  highlights: HighlightHandle | null;
  highlightAbort: AbortController | null;
  highlightsEnabled: boolean;
  running: Promise<void> | null;
  /** The run queued behind the current one, not started yet (at most one: see run()). */
  waiting: { forced: boolean; keep: boolean } | null;
  /** The page text and URL the current analysis was made from. */
  bodyText: string;
  analysedUrl: string;
  /** > 0 while marks are being added or removed (runs can overlap), so the page watcher ignores our own DOM changes. */
  painting: number;
  /** The page watcher (detector bundle, same isolated world) asks this which nodes are ours: their names are random. */
  isOwnNode: (node: unknown) => boolean;
  refresh(): void;
}

const g = globalThis as {
  termwatchAnalyser?: AnalyserState;
  termwatchForced?: boolean;
  termwatchKeep?: boolean;
  termwatchDetection?: Detection | null;
};

async function clearHighlights(state: AnalyserState): Promise<void> {
  state.highlightAbort?.abort();
  state.highlightAbort = null;
  state.highlights?.remove();
  state.highlights = null;
  removeAllHighlights(document);
}

/** Runs fn while the page watcher ignores DOM changes: our marks going in or out are not page changes. */
async function asOwnChange<T>(state: AnalyserState, fn: () => Promise<T>): Promise<T> {
  state.painting++;
  try {
    return await fn();
  } finally {
    // Mutation records are delivered after the current task; keep the flag until then.
    setTimeout(() => state.painting--, 0);
  }
}

function paintHighlights(state: AnalyserState): Promise<number> {
  return asOwnChange(state, () => paint(state));
}

async function paint(state: AnalyserState): Promise<number> {
  await clearHighlights(state);
  const { extraction, findings } = state;
  if (!extraction || !findings || !state.highlightsEnabled) return 0;
  const byClause = new Map<string, Finding[]>();
  for (const f of findings) byClause.set(f.clauseId, [...(byClause.get(f.clauseId) ?? []), f]);
  const items = extraction.document.clauses
    .filter((c) => byClause.has(c.id))
    .map((clause) => ({ clause, findings: byClause.get(clause.id)! }));
  const abort = new AbortController();
  state.highlightAbort = abort;
  const blocks = extraction.blocks;
  try {
    state.highlights = await highlightClauses(document, items, {
      locate: (blockIndex, offset) => {
        const block = blocks[blockIndex];
        return block ? locateInBlock(block, offset) : null;
      },
      signal: abort.signal,
    });
  } catch (err) {
    // A newer paint or "highlights off" replaced this run; it has already removed what it added.
    if (err instanceof Error && err.name === 'AbortError') return 0;
    throw err;
  }
  return state.highlights.count;
}

async function analyse(state: AnalyserState, forced: boolean, keep: boolean): Promise<void> {
  // The page sets its URL and title to any length; what we send stays within the bounds the background keeps.
  const url = cut(location.href, PAGE_BOUNDS.url);
  let sender: PageSender | null = null;
  try {
    // Every step below runs in time-boxed slices or a short task of its own, with the page's tasks in between: on a
    // long page each step costs tens of milliseconds, and together, run in one go, they blocked the page.
    await yieldToPage();
    // One slice budget across the steps: each step starting a budget of its own ran the end of one step and the start
    // of the next as one long task.
    const clock = sliceClock();
    // Change check first: our marks do not change the page's text, so equal text means nothing to redo.
    const bodyText = await pageTextInSlices(document, clock);
    if (state.extraction && state.analysedUrl === url && state.bodyText === bodyText) return;
    // The DOM mapping of an extraction points at text nodes as they are without marks: remove ours first.
    await asOwnChange(state, () => clearHighlights(state));
    // Detection ran once already, in the detector, unless this is an on-demand analysis of a page it skipped.
    if (!state.detection) {
      await yieldToPage();
      state.detection = detectPage(document, url);
    }
    const title = shorten(document.title, PAGE_BOUNDS.title);
    const detection = state.detection;
    // The background analyses the text off every main thread and answers with what to paint. The page goes to it in
    // parts as the extraction makes them (shared/page-port.ts), so the analysis of one part runs while the next is
    // read; the clauses travel as offsets into their part's text: serialising thousands of clause objects, or a long
    // text in one message, blocked the page for a hundred milliseconds and more.
    const stream = openPageStream();
    sender = stream;
    let parts = 0;
    // Extraction runs in time-boxed slices, so a long policy never blocks the page; packing and sending each part are
    // steps of it.
    const extraction = await extractDocumentInSlices(
      document,
      url,
      { sliceMs: SLICE_MS, clock },
      {
        onHead: (head) => stream.head({ url, title, detection, document: head, forced, keep }),
        *onPart(part) {
          const clauses = yield* packClausesSteps(part.text, part.clauses, { clause: part.clause, block: part.block });
          yield;
          stream.part({ seq: part.seq, base: { clause: part.clause, block: part.block }, text: part.text, clauses });
          parts++;
        },
      },
    );
    state.extraction = extraction;
    state.findings = null;
    state.bodyText = bodyText;
    state.analysedUrl = url;
    const reply = await stream.end(parts, extraction.document.wordCount);
    if (reply.status !== 'analysed' || state.extraction !== extraction) return;
    state.findings = reply.findings;
    state.highlightsEnabled = reply.highlight;
  } catch (err) {
    sender?.cancel();
    const error = err instanceof Error ? err.message : String(err);
    await sendToBackground('page-failed', { url, error }).catch(() => undefined);
    return;
  }
  // Painting is not part of the report: whatever happens to the highlights, the finished report stands.
  try {
    await paintHighlights(state);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await sendToBackground('highlights-failed', { url, error }).catch(() => undefined);
  }
}

function run(state: AnalyserState, forced: boolean, keep = false): void {
  // A run already waiting to start reads the page as it is when it starts: a second one would only read it again.
  // (A page that changes its text all the time queued a run per page-watch settle while a slow analysis ran, and each
  // then read and sent the whole page.)
  if (state.waiting) {
    state.waiting.forced ||= forced;
    state.waiting.keep ||= keep;
    return;
  }
  const waiting = { forced, keep };
  state.waiting = waiting;
  // Serialise runs: a refresh during a run waits for it instead of racing it.
  const previous = state.running ?? Promise.resolve();
  const next = previous.then(() => {
    state.waiting = null;
    return analyse(state, waiting.forced, waiting.keep);
  });
  const settled: Promise<void> = next.finally(() => {
    if (state.running === settled) state.running = null;
  });
  state.running = settled;
}

const handlers: {
  [K in keyof ContentProtocol]: (p: Parameters<ContentProtocol[K]>[0]) => Promise<ReturnType<ContentProtocol[K]>>;
} = {
  async 'reveal-clause'({ clauseId }) {
    const state = g.termwatchAnalyser!;
    if (!state.highlights) {
      state.highlightsEnabled = true;
      await paintHighlights(state);
    }
    const outcome = state.highlights ? await state.highlights.reveal(clauseId) : 'gone';
    return outcome === 'shown' ? { found: true } : { found: false, reason: outcome };
  },
  async 'set-highlights'({ enabled }) {
    const state = g.termwatchAnalyser!;
    state.highlightsEnabled = enabled;
    if (!enabled) {
      await asOwnChange(state, () => clearHighlights(state));
      return { marks: 0 };
    }
    return { marks: await paintHighlights(state) };
  },
};

if (!g.termwatchAnalyser) {
  const state: AnalyserState = {
    extraction: null,
    findings: null,
    detection: g.termwatchDetection ?? null,
    highlights: null,
    highlightAbort: null,
    highlightsEnabled: true,
    running: null,
    waiting: null,
    painting: 0,
    isOwnNode,
    bodyText: '',
    analysedUrl: '',
    refresh: () => run(state, false),
  };
  g.termwatchAnalyser = state;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: string; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const handler = handlers[type as keyof ContentProtocol] as (p: unknown) => Promise<unknown>;
    return handler(payload).then(
      (value) => ({ value }),
      (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
    );
  });
  run(state, g.termwatchForced === true, g.termwatchKeep === true);
} else {
  // Re-injected (a new document URL, or "analyse anyway"): read the page afresh, with the verdict passed on now.
  g.termwatchAnalyser.extraction = null;
  g.termwatchAnalyser.detection = g.termwatchDetection ?? null;
  run(g.termwatchAnalyser, g.termwatchForced === true, g.termwatchKeep === true);
}
