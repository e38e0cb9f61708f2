// Background service worker (Chrome) / event page (Firefox): wires browser events to the handlers.
import browser from 'webextension-polyfill';
import { listen } from '../shared/transport';
import type { BackgroundProtocol } from '../shared/messages';
import { backgroundHandlers } from './handlers';
import { senderAllowedFor } from './sender-check';
import { forgetTab, getTabState } from './tab-store';
import { loadSettings } from '../storage/settings-store';

listen<BackgroundProtocol>(backgroundHandlers, senderAllowedFor);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A full navigation to another document drops the old report; SPA navigations are re-detected by the content script.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status !== 'loading' || !info.url) return;
  void getTabState(tabId).then((state) => {
    if (state && state.url !== info.url) void forgetTab(tabId);
  });
});

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'install') return;
  const settings = await loadSettings();
  if (!settings.welcomed) await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});
