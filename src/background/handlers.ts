// What the background does for each message. Wiring only: decisions live in the core, data in storage.
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol, PageAnalysedPayload } from '../shared/messages';
import { RejectedMessage, sendToTab, type Handlers } from '../shared/transport';
import { emptyTabState, type TabState } from '../shared/tab-state';
import { loadSettings } from '../storage/settings-store';
import { isIgnoredSite } from '../storage/settings';
import { checkDetection, checkPageAnalysed, checkTabId, checkUrl } from './validate';
import { speaksForItsPage } from './sender-check';
import { getTabState, putTabState, updateTabState } from './tab-store';
import { showBadge } from './badge';
import { injectAnalyser } from './inject';
import { recordVersion } from './history-sync';

function senderTab(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new RejectedMessage('Message refused: no tab.');
  return id;
}

async function setState(state: TabState): Promise<TabState> {
  await putTabState(state);
  await showBadge(state);
  return state;
}

export async function onPageAnalysed(payload: PageAnalysedPayload, tabId: number): Promise<TabState> {
  const { document, analysis } = payload;
  const flaggedIds = new Set(analysis.findings.map((f) => f.clauseId));
  const seenAt = Date.now();
  const change = await recordVersion(payload, seenAt);
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
    change,
  });
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
    await setState({ ...emptyTabState(tabId, url, analyse ? 'analysing' : 'not-legal'), detection });
    if (analyse)
      await injectAnalyser(tabId, {
        forced: false,
        ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
      });
    return { analyse };
  },

  async 'page-analysed'(raw, sender) {
    const tabId = senderTab(sender);
    const payload = checkPageAnalysed(raw);
    if (!speaksForItsPage(sender, payload.url))
      throw new RejectedMessage('Message refused: url does not match the sending page.');
    await onPageAnalysed(payload, tabId);
    return { ok: true };
  },

  async 'page-failed'(raw, sender) {
    const tabId = senderTab(sender);
    const url = checkUrl((raw as { url?: unknown }).url);
    const error = String((raw as { error?: unknown }).error ?? 'Unknown error').slice(0, 500);
    await setState({ ...((await getTabState(tabId)) ?? emptyTabState(tabId, url)), url, status: 'failed', error });
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
    if (state) return state;
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const url = tab?.url ?? '';
    return emptyTabState(tabId, url, /^https?:|^file:/.test(url) || url === '' ? 'unknown' : 'unsupported-page');
  },

  async 'analyse-tab'(raw) {
    const tabId = checkTabId(raw);
    const tab = await browser.tabs.get(tabId);
    await updateTabState(tabId, { status: 'analysing', error: null }, tab.url ?? '');
    try {
      await injectAnalyser(tabId, { forced: true });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return setState({
        ...emptyTabState(tabId, tab.url ?? '', 'failed'),
        error: `Termwatch cannot read this page: ${message}`,
      });
    }
    // The analyser answers with 'page-analysed'; the popup polls get-tab-state until the status settles.
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
