// Per-tab state in storage.session: the MV3 service worker is stopped when idle, so nothing lives only in memory.
import browser from 'webextension-polyfill';
import { emptyTabState, type TabState } from '../shared/tab-state';
import { fitTabState } from '../shared/tab-budget';

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

/** Chrome: "Session storage quota bytes exceeded. Values were not stored."; Firefox has its own wording. */
const isQuotaError = (err: unknown): boolean => /quota/i.test(err instanceof Error ? err.message : String(err));

/**
 * Stores the tab's state within its share of storage.session (fitTabState): a report too big for it is shortened,
 * never refused, and cannot crowd out other tabs. If the area is full all the same (many tabs at their full share),
 * the smallest form — status, summary, no findings listed — is tried before giving up.
 */
export async function putTabState(state: TabState): Promise<void> {
  const k = key(state.tabId);
  const fitted = fitTabState(k, state);
  try {
    await browser.storage.session.set({ [k]: fitted });
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    await browser.storage.session.set({ [k]: fitTabState(k, state, 0) });
  }
}

export async function updateTabState(tabId: number, patch: Partial<TabState>, url = ''): Promise<TabState> {
  const next = { ...((await getTabState(tabId)) ?? emptyTabState(tabId, url)), ...patch, tabId };
  await putTabState(next);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Every tab's stored state (the tabs Termwatch reported on since the browser started). */
export async function allTabStates(): Promise<TabState[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('tab:'))
    .map(([, v]) => v as TabState);
}
