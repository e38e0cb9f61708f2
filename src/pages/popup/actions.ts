// What the popup can ask for. The popup depends on this interface only: one implementation talks to the
// background by message, tests and design work can pass a mock.
import browser from 'webextension-polyfill';
import type { RevealReply } from '../../shared/messages';
import type { TabState } from '../../shared/tab-state';
import { sendToBackground } from '../../shared/transport';
import { downloadText } from '../shared/download';
import { loadSettings, saveSettings } from '../../storage/settings-store';

export interface PopupActions {
  /** The tab the popup speaks about. */
  resolveTabId(): Promise<number>;
  getTabState(tabId: number): Promise<TabState>;
  /** Calls `onChange` whenever the background stores a new state for the tab; returns the unsubscribe. */
  watchTabState(tabId: number, onChange: () => void): () => void;
  /** `keep`: also keep the result in history (a page not detected as legal is not kept otherwise). */
  analyseAnyway(tabId: number, keep?: boolean): Promise<TabState>;
  /** Jump-to-clause: whether the page shows it now, or why not. */
  revealClause(tabId: number, clauseId: string): Promise<RevealReply>;
  setHighlights(tabId: number, enabled: boolean): Promise<number>;
  markSeen(tabId: number): Promise<void>;
  /** Whether Termwatch reads pages of this host by itself (it is not among the ignored sites). */
  siteEnabled(host: string): Promise<boolean>;
  /** Turns Termwatch off (or back on) for this host: the ignored sites of Options. */
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  download(fileName: string, mime: string, content: string): void;
  copyText(text: string): Promise<void>;
  openExtensionPage(page: 'history' | 'options', query?: string): void;
}

/**
 * Test-only: `popup.html?tabId=N` points the popup at tab N, because a test opens the popup as an ordinary tab
 * and the "active tab" would be the popup itself. Real use never passes it.
 */
function tabIdFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export const messagingActions: PopupActions = {
  async resolveTabId() {
    const fromQuery = tabIdFromQuery();
    if (fromQuery !== null) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab.');
    return tab.id;
  },
  getTabState: (tabId) => sendToBackground('get-tab-state', { tabId }),
  watchTabState(tabId, onChange) {
    // The background keeps each tab's state in storage.session under `tab:<id>` (background/tab-store.ts); the
    // settings (storage.local) decide what of it shows, so a change there is read again too, with no new analysis.
    const key = `tab:${tabId}`;
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if ((area === 'session' && key in changes) || (area === 'local' && 'settings' in changes)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  analyseAnyway: (tabId, keep = false) => sendToBackground('analyse-tab', { tabId, keep }),
  revealClause: (tabId, clauseId) => sendToBackground('reveal-clause', { tabId, clauseId }),
  setHighlights: async (tabId, enabled) => (await sendToBackground('set-highlights', { tabId, enabled })).marks,
  markSeen: async (tabId) => {
    await sendToBackground('mark-seen', { tabId });
  },
  async siteEnabled(host) {
    return !(await loadSettings()).ignoredSites.includes(host);
  },
  async setSiteEnabled(host, enabled) {
    const { ignoredSites } = await loadSettings();
    const others = ignoredSites.filter((s) => s !== host);
    await saveSettings({ ignoredSites: enabled ? others : [...others, host] });
  },
  download: downloadText,
  copyText: (text) => navigator.clipboard.writeText(text),
  openExtensionPage(page, query = '') {
    void browser.tabs.create({ url: browser.runtime.getURL(`${page}.html${query}`) });
  },
};
