// Per-tab state in storage.session: the MV3 service worker is stopped when idle, so nothing lives only in memory.
import browser from 'webextension-polyfill';
import { emptyTabState, type TabState } from '../shared/tab-state';

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function putTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function updateTabState(tabId: number, patch: Partial<TabState>, url = ''): Promise<TabState> {
  const next = { ...((await getTabState(tabId)) ?? emptyTabState(tabId, url)), ...patch, tabId };
  await putTabState(next);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
