// Background service worker (Chrome) / event page (Firefox): wires browser events to the handlers.
import browser from 'webextension-polyfill';
import { listen } from '../shared/transport';
import type { BackgroundProtocol } from '../shared/messages';
import { backgroundHandlers } from './handlers';
import { senderAllowedFor } from './sender-check';
import { forgetTab } from './tab-store';
import { loadSettings } from '../storage/settings-store';

listen<BackgroundProtocol>(backgroundHandlers, senderAllowedFor);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A navigation or reload drops the old report (the browser resets the tab's badge too); the detector in the new
// document, or after an SPA navigation, reports afresh.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') void forgetTab(tabId);
});

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'install') return;
  const settings = await loadSettings();
  if (!settings.welcomed) await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});
