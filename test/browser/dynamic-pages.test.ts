// Terms that arrive late or through single-page-app navigation are still found, by bounded, debounced observation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentWorld, waitForPaintedCategory } from './content-world';
import {
  launchChromiumWithExtension,
  ROOT,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  storedTabState,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  const spaShell = readFileSync(join(ROOT, 'test', 'fixtures', 'browser', 'spa', 'index.html'));
  server = await startFixtureServer([
    (req, res) => {
      // Every /spa/ route is the same shell; the app renders the view client-side.
      if (!req.url?.startsWith('/spa/') || req.url.endsWith('.js')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(spaShell);
      return true;
    },
  ]);
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function tabState(tabId: number): Promise<{ status: string; url: string; detection: { kind: string } | null }> {
  return (await storedTabState<{ status: string; url: string; detection: { kind: string } | null }>(browser, tabId))!;
}

describe('dynamic pages in Chromium', () => {
  it('detects terms rendered one second after load', async () => {
    const page = await browser.ctx.newPage();
    const world = await contentWorld(browser, page);
    const url = server.url('/spa/terms');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed'], 15_000);
    expect((await tabState(tabId)).detection?.kind).toBe('terms');
    await waitForPaintedCategory(browser, tabId, world, 'ai_training');
    await page.close();
  });

  it('detects a privacy policy reached by history-API navigation inside the app', async () => {
    const page = await browser.ctx.newPage();
    const world = await contentWorld(browser, page);
    const home = server.url('/spa/');
    await page.goto(home);
    const tabId = await tabIdOf(browser, home);
    await waitForTabStatus(browser, tabId, ['not-legal']);
    await page.click('#privacy-link');
    expect(page.url()).toBe(server.url('/spa/privacy'));
    await waitForTabStatus(browser, tabId, ['analysed'], 15_000);
    const state = await tabState(tabId);
    expect(state.url).toBe(server.url('/spa/privacy'));
    expect(state.detection?.kind).toBe('privacy');
    await waitForPaintedCategory(browser, tabId, world, 'data_sharing');
    await page.close();
  });
});
