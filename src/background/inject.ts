// Loads the heavy analyser into a tab only where it is needed (a detected legal page, or the user asked).
import browser from 'webextension-polyfill';

export const ANALYSER_FILE = 'content-analyze.js';
export const DETECTOR_FILE = 'content-detect.js';

/**
 * Puts the small detector into a page once it has loaded. Injecting after the load event (instead of declaring a
 * content script for every page) keeps Termwatch entirely off the page's loading path: a declared content script,
 * even an empty one, measurably delays the load event in Chromium (see the extension bench).
 */
export async function injectDetector(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR_FILE] });
}

export async function injectAnalyser(tabId: number, opts: { forced: boolean; frameId?: number }): Promise<void> {
  const target = opts.frameId !== undefined ? { tabId, frameIds: [opts.frameId] } : { tabId };
  // The flag lives in the content scripts' isolated world, which the page cannot see.
  await browser.scripting.executeScript({
    target,
    func: (forced: boolean) => {
      (globalThis as { termwatchForced?: boolean }).termwatchForced = forced;
    },
    args: [opts.forced],
  });
  await browser.scripting.executeScript({ target, files: [ANALYSER_FILE] });
}
