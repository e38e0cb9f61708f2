// The analyser content script, injected by the background only into pages that look legal (or on request).
// Extracts the legal text, analyses it on-device, highlights flagged clauses and reports to the background.
// Injected again on the same page (SPA navigation, "analyse anyway"), it re-runs instead of stacking listeners.
import browser from 'webextension-polyfill';
import { cut, PAGE_BOUNDS, shorten } from '../core/bounds';
import { findFirstParty } from '../core/analyze';
import { detectPage } from '../core/detect';
import { extractDocumentInSlices, locateInBlock, type Extraction } from '../core/extract';
import type { AnalysisResult, Finding } from '../core/types';
import { highlightClauses, isOwnNode, removeAllHighlights, type HighlightHandle } from './highlight';
import { sendToBackground } from '../shared/transport';
import type { ContentProtocol } from '../shared/messages';
import { loadSettings } from '../storage/settings-store';
import { analyzeInSlices } from './sliced-analysis';
import { enabledCategoryList } from '../storage/settings';

interface AnalyserState {
  extraction: Extraction | null;
  analysis: AnalysisResult | null;
  highlights: HighlightHandle | null;
  highlightAbort: AbortController | null;
  highlightsEnabled: boolean;
  running: Promise<void> | null;
  /** The page text and URL the current analysis was made from. */
  bodyText: string;
  analysedUrl: string;
  /** > 0 while marks are being added or removed (runs can overlap), so the page watcher ignores our own DOM changes. */
  painting: number;
  /** The page watcher (detector bundle, same isolated world) asks this which nodes are ours: their names are random. */
  isOwnNode: (node: unknown) => boolean;
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
  const { extraction, analysis } = state;
  if (!extraction || !analysis || !state.highlightsEnabled) return 0;
  const byClause = new Map<string, Finding[]>();
  for (const f of analysis.findings) byClause.set(f.clauseId, [...(byClause.get(f.clauseId) ?? []), f]);
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

async function analyse(state: AnalyserState, forced: boolean): Promise<void> {
  // The page sets its URL and title to any length; what we send stays within the bounds the background keeps.
  const url = cut(location.href, PAGE_BOUNDS.url);
  try {
    // Cheap change check first: our marks do not change the page's text, so equal text means nothing to redo.
    const bodyText = document.body?.textContent ?? '';
    if (state.extraction && state.analysedUrl === url && state.bodyText === bodyText) return;
    const settings = await loadSettings();
    // The DOM mapping of an extraction points at text nodes as they are without marks: remove ours first.
    await asOwnChange(state, () => clearHighlights(state));
    const detection = detectPage(document, url);
    // Extraction and analysis both run in time-boxed slices, so a long policy never blocks the page.
    const extraction = await extractDocumentInSlices(document, url);
    const analysis = await analyzeInSlices(extraction.document.clauses, {
      lang: extraction.document.lang,
      firstParty: findFirstParty(extraction.document),
      categories: enabledCategoryList(settings),
      sensitivity: settings.sensitivity,
    });
    state.extraction = extraction;
    state.analysis = analysis;
    state.bodyText = bodyText;
    state.analysedUrl = url;
    state.highlightsEnabled = settings.autoHighlight || forced;
    const title = shorten(document.title, PAGE_BOUNDS.title);
    await sendToBackground('page-analysed', { url, title, detection, document: extraction.document, analysis, forced });
  } catch (err) {
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

function run(state: AnalyserState, forced: boolean): void {
  // Serialise runs: a refresh during a run waits for it instead of racing it.
  const previous = state.running ?? Promise.resolve();
  const next = previous.then(() => analyse(state, forced));
  state.running = next.finally(() => {
    if (state.running === next) state.running = null;
  });
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
    return { found: state.highlights?.flash(clauseId) ?? false };
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
    analysis: null,
    highlights: null,
    highlightAbort: null,
    highlightsEnabled: true,
    running: null,
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
  run(state, g.termwatchForced === true);
} else {
  // Re-injected: drop the cached extraction so the page is read afresh.
  g.termwatchAnalyser.extraction = null;
  run(g.termwatchAnalyser, g.termwatchForced === true);
}
