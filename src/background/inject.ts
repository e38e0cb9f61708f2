// Loads the heavy analyser into a tab only where it is needed (a detected legal page, or the user asked).
import browser from 'webextension-polyfill';

export const ANALYSER_FILE = 'content-analyze.js';

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
