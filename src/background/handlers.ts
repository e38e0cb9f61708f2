// What the background does for each message. Wiring only: decisions live in the core, data in storage.
import browser, { type Runtime } from 'webextension-polyfill';
import type {
  AnalysedPage,
  BackgroundProtocol,
  ExtractedPage,
  PageExtractedReply,
  PageStreamHead,
} from '../shared/messages';
import { RejectedMessage, sendToTab, type Handlers } from '../shared/transport';
import { emptyTabState, type PageCut, type TabState } from '../shared/tab-state';
import { loadSettings } from '../storage/settings-store';
import { isIgnoredSite, viewSettingsOf } from '../storage/settings';
import { findingsShown } from '../core/report/view';
import { tabStateAsShown } from '../shared/tab-view';
import {
  analysisRequest,
  isAnalysisTimeout,
  type AnalysisOutput,
  type AnalysisStream,
  type StreamPart,
} from '../analysis/protocol';
import type { AnalyzeOptions, SectionBefore } from '../core/analyze';
import { packClauses } from '../core/clause-pack';
import { PAGE_BOUNDS } from '../core/bounds';
import { FIRST_PART_CHARS } from '../core/extract/parts';
import type { Clause, ExtractedDocument } from '../core/types';
import type { PageStreamHandler } from '../shared/page-port';
import { analysisResultOf } from '../core/report/page-report';
import { findFirstParty } from '../core/analyze/first-party';
import { sectionAfterAll } from '../core/analyze/section-recipients';
import {
  checkDetection,
  checkPageExtracted,
  checkStreamHead,
  checkStreamPart,
  checkTabId,
  checkUrl,
  checkWordCount,
} from './validate';
import { speaksForItsPage } from './sender-check';
import { cutPart, lineStarts } from './cut-part';
import { getTabState, putTabState, updateTabState } from './tab-store';
import { showBadge } from './badge';
import { injectAnalyser } from './inject';
import { recordVersion } from './history-sync';
import { notifyIfWorse } from './change-notice';
import { analysisHost } from './analysis-host';

function senderTab(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new RejectedMessage('Message refused: no tab.');
  return id;
}

async function setState(state: TabState): Promise<TabState> {
  await putTabState(state);
  // The badge's grade is the one the popup shows: of the findings the user's settings show.
  await showBadge(tabStateAsShown(state, viewSettingsOf(await loadSettings())));
  return state;
}

/** The same document, ignoring the fragment (a jump to an anchor is not another page). */
function sameDocument(a: string, b: string): boolean {
  return a.replace(/#.*$/s, '') === b.replace(/#.*$/s, '');
}

/**
 * The detector's verdict being stored, per tab. The analyser is injected while it is written (the write, the settings
 * read and the badge took 5–13 ms on the 1 MB bench page, and the page's reading waited for them), so whatever the
 * analysis then writes for the tab (its report, or why there is none) waits for it here: 'analysing' never lands on
 * top of a finished report, nor its badge on the report's.
 */
const verdictWrites = new Map<number, Promise<unknown>>();

function storeVerdict(tabId: number, write: Promise<unknown>): void {
  verdictWrites.set(tabId, write);
  const forget = (): void => {
    if (verdictWrites.get(tabId) === write) verdictWrites.delete(tabId);
  };
  write.then(forget, forget);
}

/** Resolves once the verdict being stored for the tab, if any, is written (or failed to be). */
function verdictStored(tabId: number): Promise<void> {
  const write = verdictWrites.get(tabId);
  return write
    ? write.then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/** What the popup says when the watchdog gave up on a page. */
export const TOO_LONG_MESSAGE = 'This page took too long to analyse';

/**
 * An analysis or a reading of the page failed. A finished report of the same page is kept (a failed re-run, after the
 * page changed its text, must not take the report away), with a note that it is of the earlier text; otherwise the tab
 * says what went wrong.
 */
async function onFailure(tabId: number, url: string, status: 'failed' | 'timed-out', error: string): Promise<void> {
  await verdictStored(tabId);
  const current = await getTabState(tabId);
  if (current?.status === 'analysed' && sameDocument(current.url, url)) {
    await setState({ ...current, error });
    return;
  }
  await setState({ ...(current ?? emptyTabState(tabId, url)), url, status, error });
}

/**
 * Publishes the finished report: the tab state (what the popup shows as done), the badge, and, through the reply, the
 * highlights. The history comes after it (recordAfterReport): saving a long text and comparing it with older versions
 * took seconds, and the report waited for it.
 */
async function publishReport(
  payload: AnalysedPage,
  tabId: number,
  seenAt: number,
  pageCut: PageCut | null,
): Promise<TabState> {
  const { document, analysis } = payload;
  const flaggedIds = new Set(analysis.findings.map((f) => f.clauseId));
  return setState({
    ...emptyTabState(tabId, payload.url),
    status: 'analysed',
    title: payload.title,
    detection: payload.detection,
    analysis,
    lang: document.lang,
    wordCount: document.wordCount,
    flaggedClauses: document.clauses.filter((c) => flaggedIds.has(c.id)),
    seenAt,
    change: null,
    pageCut,
  });
}

/** History writes, one after another in the order the reports were published (a page re-read quickly saves in order). */
let recording: Promise<void> = Promise.resolve();

/**
 * Saves the version and compares it with the older ones, after the report is out; the change info then arrives as a
 * later update of the same report (the popup and badge follow storage.session). Only the report it belongs to is
 * updated: if the tab moved on or was analysed again meanwhile, the version is kept in history and the tab is left
 * alone. A failure here is at most a note in the change info (recordVersion turns storage errors into one): it never
 * touches the report's status.
 */
function recordAfterReport(payload: AnalysedPage, tabId: number | null, seenAt: number): Promise<void> {
  const next = recording
    // A task of its own, so the reply to the page goes out before the save's synchronous parts run.
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
    .then(async () => {
      const change = await recordVersion(payload, seenAt);
      if (tabId === null) return;
      void notifyIfWorse(change, payload.title, seenAt);
      if (!change) return;
      const current = await getTabState(tabId);
      if (current?.status !== 'analysed' || current.seenAt !== seenAt || !sameDocument(current.url, payload.url))
        return;
      await setState({ ...current, change });
    })
    .catch((err: unknown) => {
      console.warn('Termwatch: the history of this page could not be recorded', err);
    });
  recording = next;
  return next;
}

/** Resolves once every history write queued so far has finished (tests). */
export function historySettled(): Promise<void> {
  return recording;
}

/** The analysis options of a document: they read only its start (FIRST_PART_CHARS), its title and its URL. */
function analysisOptions(document: Pick<ExtractedDocument, 'lang' | 'title' | 'url' | 'text'>): AnalyzeOptions {
  return {
    lang: document.lang,
    // Every category at every sensitivity: the record holds what the text says, the user's settings apply when it is
    // shown (core/report/view.ts), so a change of settings needs no new analysis and two versions compare alike.
    sensitivity: 'every' as const,
    // The document's own name, so "Acme may use your content" is read as the service acting.
    firstParty: findFirstParty(document),
  };
}

/**
 * Analyses a page's text in the worker (analysis-host.ts) and stores the report, its summary computed here from the
 * findings. Answers the content script with what to paint. An analysis that overran its budget leaves the tab
 * `timed-out`; one whose tab has moved on to another page meanwhile is dropped.
 */
function analysePage(
  { pageCut, ...payload }: ExtractedPage & { pageCut: PageCut | null },
  tabId: number,
): Promise<PageExtractedReply> {
  const { clauses, text } = payload.document;
  const output = Promise.resolve().then(() =>
    analysisHost().analyse(analysisRequest(clauses, analysisOptions(payload.document), text)),
  );
  return publishAnalysis(payload, tabId, output, pageCut);
}

/** The rest of analysePage, once the worker's output is coming: the report (what reads the whole document) and the reply. */
async function publishAnalysis(
  payload: ExtractedPage,
  tabId: number,
  output: Promise<AnalysisOutput>,
  pageCut: PageCut | null,
): Promise<PageExtractedReply> {
  let analysis;
  try {
    analysis = analysisResultOf(
      await output,
      { isLegal: payload.detection.isLegal, wordCount: payload.document.wordCount },
      payload.document.clauses,
    );
  } catch (err) {
    const timedOut = isAnalysisTimeout(err);
    const message = err instanceof Error ? err.message : String(err);
    await onFailure(
      tabId,
      payload.url,
      timedOut ? 'timed-out' : 'failed',
      timedOut ? `${TOO_LONG_MESSAGE}: ${message}` : `The analysis failed: ${message}`,
    );
    return { status: timedOut ? 'timed-out' : 'failed', findings: [], highlight: false };
  }
  // The tab navigated while the worker ran (the state was dropped, or belongs to another page now): the version is
  // still what the page said at that address, so history keeps it, but the tab's report is no longer this page's.
  await verdictStored(tabId);
  const current = await getTabState(tabId);
  if (!current || !sameDocument(current.url, payload.url)) {
    void recordAfterReport({ ...payload, analysis }, null, Date.now());
    return { status: 'stale', findings: [], highlight: false };
  }
  const seenAt = Date.now();
  await publishReport({ ...payload, analysis }, tabId, seenAt, pageCut);
  // The reply is made before the history write is queued: its task (saving and comparing a long text, tens to
  // hundreds of milliseconds) ran while this handler still waited for the settings, and the page waited for both.
  const settings = await loadSettings();
  const shown = findingsShown(analysis.findings, viewSettingsOf(settings));
  void recordAfterReport({ ...payload, analysis }, tabId, seenAt);
  return { status: 'analysed', findings: shown, highlight: settings.autoHighlight || payload.forced };
}

/**
 * A page sent in parts (shared/page-port.ts): each part is checked as it comes and passed on to the analysis, which
 * starts once the text read so far covers what the options read (FIRST_PART_CHARS) and works while the page sends the
 * rest. The report is made at the end, over the whole page, as for a page sent whole. At the text or clause bound the
 * page is cut, as a page sent whole is: the part that crosses it is kept up to there, later parts are still checked
 * (and numbered on) but not read.
 */
export function pageStream(sender: Runtime.MessageSender): PageStreamHandler {
  const tabId = senderTab(sender);
  let head: PageStreamHead | null = null;
  const texts: string[] = [];
  let chars = 0;
  const clauses: Clause[] = [];
  const due = { seq: 0, base: { clause: 0, block: 0 } };
  let full = false;
  /** Some of what the page sent was not read (past the bounds): the report says it is of the page's start. */
  let cutShort = false;
  let sentText = false;
  let forwarded = 0;
  let analysis: AnalysisStream | null = null;
  const waiting: StreamPart[] = [];
  /** What the clauses passed on so far established about the section they end in (section-recipients.ts). */
  let before: SectionBefore | undefined;
  const start = (): AnalysisStream => {
    const h = head!;
    analysis = analysisHost().open(analysisOptions({ ...h.document, text: texts.join('\n') }));
    for (const p of waiting.splice(0)) analysis.add(p);
    return analysis;
  };
  return {
    head(raw) {
      head = checkStreamHead(raw);
      if (!speaksForItsPage(sender, head.url))
        throw new RejectedMessage('Message refused: url does not match the sending page.');
    },
    part(raw) {
      const part = checkStreamPart(raw, due, full ? 0 : PAGE_BOUNDS.clauses - clauses.length);
      due.seq++;
      // Numbered on by what the page sent, read or not, so the next part is checked against the page's numbering.
      due.base = { clause: part.base.clause + part.sent, block: part.base.block + lineStarts(part.text).length };
      sentText ||= part.text.length > 0;
      // Past the bounds the page is read no further: what came before is the document. The joined text can take
      // `room` more characters (`chars` counts the line break after each part so far).
      const room = PAGE_BOUNDS.text - chars;
      full ||= room < 0;
      cutShort ||= full && (part.text.length > 0 || part.sent > 0);
      if (full) return;
      const { text, clauses: inside } =
        part.text.length > room ? cutPart(part.text, part.clauses, part.base.block, room) : part;
      full = text.length < part.text.length || clauses.length + inside.length >= PAGE_BOUNDS.clauses;
      cutShort ||= text.length < part.text.length || inside.length < part.sent;
      texts.push(text);
      chars += text.length + 1;
      clauses.push(...inside);
      // Passed on as checked: the clauses packed again, numbered as in the page, with what the page's units before the
      // part established about the section it opens in (the part is read as in the whole page).
      const sent: StreamPart = {
        seq: part.seq,
        base: part.base,
        text,
        clauses: packClauses(text, inside, part.base),
        ...(before ? { before } : {}),
      };
      before = sectionAfterAll(before, inside);
      forwarded++;
      if (analysis) analysis.add(sent);
      else waiting.push(sent);
      if (!analysis && chars >= FIRST_PART_CHARS) start();
    },
    end(parts, wordCount) {
      if (parts !== due.seq)
        throw new RejectedMessage(`Message refused: the page sent ${String(parts)} parts, ${due.seq} arrived.`);
      // Text sent but none of it kept (its first clause ends past the bound): no report rather than an empty one.
      if (sentText && clauses.length === 0 && full)
        throw new RejectedMessage('Message refused: the page is past the text bound before its first clause ends.');
      const h = head!;
      const kept = analysis ?? start();
      const document: ExtractedDocument = {
        ...h.document,
        wordCount: checkWordCount(wordCount),
        text: texts.join('\n'),
        clauses,
      };
      const pageCut = cutShort ? { chars: document.text.length, clauses: clauses.length } : null;
      return publishAnalysis({ ...h, document }, tabId, kept.end(forwarded), pageCut);
    },
    drop() {
      analysis?.cancel();
      analysis = null;
    },
  };
}

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  async 'page-detected'(raw, sender) {
    const tabId = senderTab(sender);
    const url = checkUrl((raw as { url?: unknown }).url);
    if (!speaksForItsPage(sender, url))
      throw new RejectedMessage('Message refused: url does not match the sending page.');
    const detection = checkDetection((raw as { detection?: unknown }).detection);
    const settings = await loadSettings();
    const analyse = detection.isLegal && settings.autoDetect && !isIgnoredSite(settings, url);
    // The worker loads its analyser while the tab state is written and the content script reads the page (Chrome's
    // offscreen document takes a few hundred milliseconds to start: begun first, it is ready sooner).
    if (analyse) analysisHost().warm();
    const stored = setState({ ...emptyTabState(tabId, url, analyse ? 'analysing' : 'not-legal'), detection });
    if (analyse) {
      // Injected while the verdict is written: what the analysis writes for the tab waits for it (verdictStored).
      storeVerdict(tabId, stored);
      await injectAnalyser(tabId, {
        forced: false,
        detection,
        ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
      });
    }
    await stored;
    return { analyse };
  },

  async 'page-extracted'(raw, sender) {
    const tabId = senderTab(sender);
    const payload = checkPageExtracted(raw);
    if (!speaksForItsPage(sender, payload.url))
      throw new RejectedMessage('Message refused: url does not match the sending page.');
    return analysePage(payload, tabId);
  },

  async 'page-failed'(raw, sender) {
    const tabId = senderTab(sender);
    const url = checkUrl((raw as { url?: unknown }).url);
    const error = String((raw as { error?: unknown }).error ?? 'Unknown error').slice(0, 500);
    await onFailure(tabId, url, 'failed', error);
    return { ok: true };
  },

  async 'highlights-failed'(raw, sender) {
    const tabId = senderTab(sender);
    const url = checkUrl((raw as { url?: unknown }).url);
    if (!speaksForItsPage(sender, url))
      throw new RejectedMessage('Message refused: url does not match the sending page.');
    const highlightError = String((raw as { error?: unknown }).error ?? 'Unknown error').slice(0, 500);
    // Only a note beside the report: the status (and a finished report) stays as it is.
    const state = await getTabState(tabId);
    if (state) await putTabState({ ...state, highlightError });
    return { ok: true };
  },

  async 'get-tab-state'(raw) {
    const tabId = checkTabId(raw);
    const state = await getTabState(tabId);
    if (state) return tabStateAsShown(state, viewSettingsOf(await loadSettings()));
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const url = tab?.url ?? '';
    return emptyTabState(tabId, url, /^https?:|^file:/.test(url) || url === '' ? 'unknown' : 'unsupported-page');
  },

  async 'analyse-tab'(raw) {
    const tabId = checkTabId(raw);
    const keep = (raw as { keep?: unknown }).keep === true;
    const tab = await browser.tabs.get(tabId);
    const before = await getTabState(tabId);
    await updateTabState(tabId, { status: 'analysing', error: null }, tab.url ?? '');
    // The detector's verdict for this document, when it gave one; the content script detects only without it.
    const detection = before?.detection && sameDocument(before.url, tab.url ?? '') ? before.detection : null;
    analysisHost().warm();
    try {
      await injectAnalyser(tabId, { forced: true, keep, detection });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return setState({
        ...emptyTabState(tabId, tab.url ?? '', 'failed'),
        error: `Termwatch cannot read this page: ${message}`,
      });
    }
    // The content script answers with 'page-extracted'; the popup reads the tab state again whenever it changes.
    return (await getTabState(tabId)) ?? emptyTabState(tabId, tab.url ?? '', 'analysing');
  },

  async 'reveal-clause'(raw) {
    const tabId = checkTabId(raw);
    const clauseId = (raw as { clauseId?: unknown }).clauseId;
    if (typeof clauseId !== 'string' || clauseId.length > 40)
      throw new RejectedMessage('Message refused: bad clause id.');
    return sendToTab(tabId, 'reveal-clause', { clauseId });
  },

  async 'set-highlights'(raw) {
    const tabId = checkTabId(raw);
    const enabled = (raw as { enabled?: unknown }).enabled === true;
    return sendToTab(tabId, 'set-highlights', { enabled });
  },

  async 'mark-seen'(raw) {
    const tabId = checkTabId(raw);
    const state = await getTabState(tabId);
    // The visit itself was recorded when the page was analysed; only this tab's mark is left to clear.
    if (state?.change?.changedSinceLastVisit) {
      await setState({ ...state, change: { ...state.change, changedSinceLastVisit: false } });
    }
    return { ok: true };
  },
};
