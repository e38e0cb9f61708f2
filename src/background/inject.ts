// Loads the page reader (extraction and highlights; the analysis itself runs in the extension, see analysis-host.ts)
// into a tab only where it is needed (a detected legal page, or the user asked).
import browser from 'webextension-polyfill';
import type { Detection } from '../core/types';

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

/**
 * `detection` is the detector's verdict for this document, passed on so the page is not detected twice; null when
 * the detector has not run there (on-demand analysis of a page it skipped), and the content script then detects.
 */
export async function injectAnalyser(
  tabId: number,
  opts: { forced: boolean; keep?: boolean; detection: Detection | null; frameId?: number },
): Promise<void> {
  const target = opts.frameId !== undefined ? { tabId, frameIds: [opts.frameId] } : { tabId };
  // The flags live in the content scripts' isolated world, which the page cannot see.
  await browser.scripting.executeScript({
    target,
    func: (forced: boolean, keep: boolean, detection: Detection | null) => {
      Object.assign(globalThis, { termwatchForced: forced, termwatchKeep: keep, termwatchDetection: detection });
    },
    args: [opts.forced, opts.keep === true, opts.detection],
  });
  await browser.scripting.executeScript({ target, files: [ANALYSER_FILE] });
}
