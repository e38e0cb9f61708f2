// The privacy promise, proven: during a full session (terms pages detected and analysed, a skipped page analysed on
// request, the popup opened, every export clicked, options/history/welcome pages opened) the extension's service
// worker, pages and content scripts make no network request at all. Every request in the browser is recorded over
// CDP with its target and initiator; a control request from an extension page proves the recorder sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { fixtureRoute } from './routes';
import { isExtensionRequest, isNetwork, startCdpRecorder, waitForDevToolsPort, type CdpRecorder } from './cdp-recorder';

let browser: ExtensionBrowser & { profile: string };
let server: FixtureServer;
let recorder: CdpRecorder;

beforeAll(async () => {
  server = await startFixtureServer([fixtureRoute()]);
  browser = await launchChromiumWithExtension({ extraArgs: ['--remote-debugging-port=0'] });
  recorder = await startCdpRecorder(await waitForDevToolsPort(browser.profile));
});
afterAll(async () => {
  recorder?.close();
  await browser?.close();
  await server?.close();
});

describe('no data leaves the browser', () => {
  it('the recorder sees requests from extension pages and attaches to the service worker (control)', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate((url) => {
      new Image().src = url;
    }, server.url('/control-canary.png'));
    await expect
      .poll(() =>
        recorder.requests
          .filter((r) => r.url.endsWith('/control-canary.png'))
          .map((r) =>
            isExtensionRequest(r, browser.extensionId) ? 'extension' : `other: ${r.targetType} ${r.targetUrl}`,
          ),
      )
      .toEqual(['extension']);
    expect(recorder.attachedTypes.has('service_worker')).toBe(true);
    await page.close();
    recorder.requests.length = 0;
  });

  it('makes no network request during a full session', async () => {
    // Terms pages, detected and analysed automatically.
    for (const path of ['/sample/sample-terms.html', '/en/terms/']) {
      const page = await browser.ctx.newPage();
      await page.goto(server.url(path));
      const tabId = await tabIdOf(browser, server.url(path));
      await waitForTabStatus(browser, tabId, ['analysed']);
      // Painted (the page can count the ranges in CSS.highlights, nothing more).
      await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
      const popup = await openPopupFor(browser, tabId);
      await popup.waitForSelector('button.clause');
      await popup.locator('button.clause').first().click();
      for (const format of ['json', 'csv', 'md']) {
        await Promise.all([popup.waitForEvent('download'), popup.click(`button[data-export="${format}"]`)]);
      }
      await popup.click('button:has-text("Hide highlights")');
      await popup.close();
      await page.close();
    }
    // A page the detector skips, analysed on request.
    const other = await browser.ctx.newPage();
    const otherUrl = server.url('/product/rooms');
    await other.goto(otherUrl);
    const otherTab = await tabIdOf(browser, otherUrl);
    await waitForTabStatus(browser, otherTab, ['not-legal']);
    const popup = await openPopupFor(browser, otherTab);
    await popup.click('button:has-text("Analyse this page anyway")');
    await waitForTabStatus(browser, otherTab, ['analysed']);
    await popup.close();
    await other.close();
    // The other extension pages.
    for (const name of ['options', 'history', 'welcome']) {
      const page = await browser.ctx.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      await page.waitForSelector('main');
      await page.waitForTimeout(300);
      await page.close();
    }

    const fromExtension = recorder.requests.filter((r) => isExtensionRequest(r, browser.extensionId) && isNetwork(r));
    expect(fromExtension.map((r) => `${r.targetType} ${r.targetUrl} → ${r.url}`)).toEqual([]);
    // The recorder really watched: the pages' own loads are there.
    expect(recorder.requests.some((r) => r.url === server.url('/en/terms/'))).toBe(true);
    // Belt and braces, independent of attribution: nothing in any target went anywhere but the fixture server,
    // and the fixture server saw only the pages the test opened (and the browser's favicon probes).
    expect(recorder.requests.filter((r) => isNetwork(r) && !r.url.startsWith(server.origin)).map((r) => r.url)).toEqual(
      [],
    );
    const opened = new Set([
      '/sample/sample-terms.html',
      '/en/terms/',
      '/product/rooms',
      '/favicon.ico',
      '/control-canary.png',
    ]);
    expect(server.log.filter((path) => !opened.has(path))).toEqual([]);
  });
});
