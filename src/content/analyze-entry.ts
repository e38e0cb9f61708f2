// The analyser content script, injected by the background only into pages that look legal (or on request).
// Extracts the legal text, analyses it on-device, highlights flagged clauses and reports to the background.
// Injected again on the same page (SPA navigation, "analyse anyway"), it re-runs instead of stacking listeners.
import browser from 'webextension-polyfill';
import { detectPage } from '../core/detect';
import { extractDocument, locateInBlock, type Extraction } from '../core/extract';
import { analyzeClauses } from '../core/analyze';
import type { AnalysisResult, Finding } from '../core/types';
import { highlightClauses, removeAllHighlights, type HighlightHandle } from './highlight';
import { sendToBackground } from '../shared/transport';
import type { ContentProtocol } from '../shared/messages';
import { loadSettings } from '../storage/settings-store';
import { enabledCategoryList } from '../storage/settings';

interface AnalyserState {
  extraction: Extraction | null;
  analysis: AnalysisResult | null;
  highlights: HighlightHandle | null;
  highlightAbort: AbortController | null;
  highlightsEnabled: boolean;
  running: Promise<void> | null;
  /** > 0 while marks are being added or removed (runs can overlap), so the page watcher ignores our own DOM changes. */
  painting: number;
  refresh(): void;
}

const g = globalThis as { termwatchAnalyser?: AnalyserState; termwatchForced?: boolean };

async function clearHighlights(state: AnalyserState): Promise<void> {
  state.highlightAbort?.abort();
  state.highlightAbort = null;
  state.highlights?.remove();
  state.highlights = null;
  removeAllHighlights(document);
}

async function paintHighlights(state: AnalyserState): Promise<number> {
  state.painting++;
  try {
    return await paint(state);
  } finally {
    // Mutation records are delivered after the current task; keep the flag until then.
    setTimeout(() => state.painting--, 0);
  }
}

async function paint(state: AnalyserState): Promise<number> {
  await clearHighlights(state);
  if (!state.extraction || !state.analysis || !state.highlightsEnabled) return 0;
  // Marks split text nodes and removing them merges nodes back, so the DOM mapping is rebuilt before painting.
  // Same text ⇒ same clause ids, so the analysis still applies.
  const fresh = extractDocument(document, location.href);
  if (fresh.document.text === state.extraction.document.text) state.extraction = fresh;
  const { extraction, analysis } = state;
  const byClause = new Map<string, Finding[]>();
  for (const f of analysis.findings) byClause.set(f.clauseId, [...(byClause.get(f.clauseId) ?? []), f]);
  const items = extraction.document.clauses.filter((c) => byClause.has(c.id)).map((clause) => ({ clause, findings: byClause.get(clause.id)! }));
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

async function analyse(state: AnalyserState, forced: boolean): Promise<void> {
  const url = location.href;
  try {
    const settings = await loadSettings();
    const detection = detectPage(document, url);
    const extraction = extractDocument(document, url);
    // Nothing changed since the last run (e.g. our own highlight marks triggered the observer): keep everything.
    if (state.extraction && state.extraction.document.url === url && state.extraction.document.text === extraction.document.text) return;
    const analysis = analyzeClauses(extraction.document.clauses, {
      lang: extraction.document.lang,
      categories: enabledCategoryList(settings),
      sensitivity: settings.sensitivity,
    });
    state.extraction = extraction;
    state.analysis = analysis;
    state.highlightsEnabled = settings.autoHighlight || forced;
    await sendToBackground('page-analysed', { url, title: document.title, detection, document: extraction.document, analysis, forced });
    await paintHighlights(state);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await sendToBackground('page-failed', { url, error }).catch(() => undefined);
  }
}

function run(state: AnalyserState, forced: boolean): void {
  // Serialise runs: a refresh during a run waits for it instead of racing it.
  const previous = state.running ?? Promise.resolve();
  const next = previous.then(() => analyse(state, forced));
  state.running = next.finally(() => {
    if (state.running === next) state.running = null;
  });
}

const handlers: { [K in keyof ContentProtocol]: (p: Parameters<ContentProtocol[K]>[0]) => Promise<ReturnType<ContentProtocol[K]>> } = {
  async 'reveal-clause'({ clauseId }) {
    const state = g.termwatchAnalyser!;
    if (!state.highlights) {
      state.highlightsEnabled = true;
      await paintHighlights(state);
    }
    return { found: state.highlights?.flash(clauseId) ?? false };
  },
  async 'set-highlights'({ enabled }) {
    const state = g.termwatchAnalyser!;
    state.highlightsEnabled = enabled;
    if (!enabled) {
      state.painting++;
      await clearHighlights(state);
      setTimeout(() => state.painting--, 0);
      return { marks: 0 };
    }
    return { marks: await paintHighlights(state) };
  },
  async ping() {
    const state = g.termwatchAnalyser!;
    return { analysed: state.analysis !== null, marks: state.highlights?.count ?? 0 };
  },
};

if (!g.termwatchAnalyser) {
  const state: AnalyserState = {
    extraction: null, analysis: null, highlights: null, highlightAbort: null, highlightsEnabled: true, running: null, painting: 0,
    refresh: () => run(state, false),
  };
  g.termwatchAnalyser = state;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: string; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const handler = handlers[type as keyof ContentProtocol] as (p: unknown) => Promise<unknown>;
    return handler(payload).then((value) => ({ value }), (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
  });
  run(state, g.termwatchForced === true);
} else {
  // Re-injected: drop the cached extraction so the page is read afresh.
  g.termwatchAnalyser.extraction = null;
  run(g.termwatchAnalyser, g.termwatchForced === true);
}
