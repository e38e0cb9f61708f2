// Background service worker (Chrome) / event page (Firefox): wires browser events to the handlers.
import browser from 'webextension-polyfill';
import { listen } from '../shared/transport';
import { listenForPageExtracted } from '../shared/page-port';
import type { BackgroundProtocol } from '../shared/messages';
import { backgroundHandlers, pageStream } from './handlers';
import { senderAllowedFor } from './sender-check';
import { allTabStates, forgetTab } from './tab-store';
import { loadSettings, onSettingsChanged } from '../storage/settings-store';
import { isIgnoredSite, viewSettingsOf } from '../storage/settings';
import { refreshBadges } from './badge';
import { injectDetector } from './inject';
import { analysisHost } from './analysis-host';
import { namesLegalDocument } from './named-legal';

listen<BackgroundProtocol>(backgroundHandlers, senderAllowedFor);
// The content script sends its page over a port, in parts made as it reads the page; each part is checked as it comes.
listenForPageExtracted(pageStream, senderAllowedFor);

// The badge shows the grade of what the settings show, so a settings change redraws every badge.
onSettingsChanged((settings) => {
  void allTabStates().then((states) => refreshBadges(states, viewSettingsOf(settings)));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A navigation or reload drops the old report (the browser resets the tab's badge too); the detector in the new
// document, or after an SPA navigation, reports afresh.
browser.tabs.onUpdated.addListener((tabId, info, tab) => {
  if (info.status === 'loading') void forgetTab(tabId);
  if (info.status === 'complete') void detectWhenAllowed(tabId, tab.url);
});

async function detectWhenAllowed(tabId: number, url: string | undefined): Promise<void> {
  if (!url || !/^https?:/.test(url)) return;
  const settings = await loadSettings();
  if (!settings.autoDetect || isIgnoredSite(settings, url)) return;
  // Started before the detector's verdict when the address names a legal document: it is idle-stopped if unused.
  if (namesLegalDocument(url)) analysisHost().warm();
  // Without site access (Firefox before the user grants it) this fails; on-demand analysis still works.
  await injectDetector(tabId).catch(() => undefined);
}

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  // Pages already open when Termwatch is installed or updated get the detector too.
  for (const tab of await browser.tabs.query({ status: 'complete' })) {
    if (tab.id !== undefined) void detectWhenAllowed(tab.id, tab.url);
  }
  if (reason !== 'install') return;
  const settings = await loadSettings();
  if (!settings.welcomed) await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});
