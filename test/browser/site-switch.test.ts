// The popup's "Termwatch on this site" switch, in real Chromium: off takes the highlights off the page at once and
// keeps Termwatch from reading the site's pages on the next visit (the tab is left unanalysed); on again, the next
// visit is analysed and highlighted as before. The switch is stored as the Options page's ignored sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentWorld } from './content-world';
import {
  launchChromiumWithExtension,
  liveWorker,
  openPopupFor,
  storedTabState,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { fixtureRoute } from './routes';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;

async function ignoredSites(): Promise<string[]> {
  const worker = await liveWorker(browser);
  return worker.evaluate(async () => {
    const got = await chrome.storage.local.get(null);
    const settings = Object.values(got).find(
      (v): v is { ignoredSites: string[] } =>
        typeof v === 'object' && v !== null && Array.isArray((v as { ignoredSites?: unknown }).ignoredSites),
    );
    return settings?.ignoredSites ?? [];
  });
}

async function flip(expectOnAfter: boolean): Promise<void> {
  const popup = await openPopupFor(browser, tabId);
  const toggle = popup.getByRole('switch');
  await toggle.waitFor({ timeout: 15_000 });
  expect(await toggle.isChecked()).toBe(!expectOnAfter);
  await toggle.click();
  await expect.poll(() => toggle.isChecked(), { timeout: 5_000 }).toBe(expectOnAfter);
  await popup.close();
}

beforeAll(async () => {
  server = await startFixtureServer([fixtureRoute()]);
  browser = await launchChromiumWithExtension();
  page = await browser.ctx.newPage();
  await page.goto(server.url('/en/terms/'));
  tabId = await tabIdOf(browser, server.url('/en/terms/'));
  await waitForTabStatus(browser, tabId, ['analysed']);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the per-site switch in the popup', () => {
  it('off: the highlights leave the page now, and the next visit is not read', async () => {
    const world = await contentWorld(browser, page);
    await world.waitForPainted((p) => p.count > 0, 'the highlights');

    await flip(false);
    await world.waitForPainted((p) => p.count === 0, 'no highlights after switching the site off');
    expect(await ignoredSites()).toContain(new URL(server.url('/')).hostname);

    await page.reload({ waitUntil: 'load' });
    // The analyser is never injected into the page: give it the time a normal visit takes, then look. The tab has
    // no report (the detector stays quiet on an ignored site) or a not-legal one, never an analysis.
    await page.waitForTimeout(3_000);
    expect([null, 'not-legal', 'unknown']).toContain((await storedTabState(browser, tabId))?.status ?? null);
    const again = await contentWorld(browser, page);
    const painted = await again.painted().catch(() => null);
    expect(painted?.count ?? 0).toBe(0);
  });

  it('on again: the next visit is analysed and highlighted', async () => {
    await flip(true);
    expect(await ignoredSites()).not.toContain(new URL(server.url('/')).hostname);
    await page.reload();
    await waitForTabStatus(browser, tabId, ['analysed']);
    const world = await contentWorld(browser, page);
    await world.waitForPainted((p) => p.count > 0, 'the highlights on the next visit');
  });
});
