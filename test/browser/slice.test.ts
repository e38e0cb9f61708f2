// The vertical slice in real Chromium: the always-on detector recognises a terms page, the analyser marks its
// clauses, the background keeps the tab's report, and the popup shows it for that tab. A non-terms page says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWorld, waitForPaintedCategory } from './content-world';
import {
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('vertical slice in Chromium', () => {
  it('detects and marks the sample terms page, and the popup shows its grade for that tab', async () => {
    const page = await browser.ctx.newPage();
    const world = await contentWorld(browser, page);
    const url = server.url('/sample/sample-terms.html');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    const painted = await waitForPaintedCategory(browser, tabId, world, 'ai_training');
    const categories = [...new Set(painted.clauses.flatMap((c) => c.findings.map((f) => f.category)))];
    expect(categories).toEqual(
      expect.arrayContaining(['ai_training', 'data_sharing', 'tracking', 'retention', 'terms_change']),
    );
    // Every painted clause is one the report flagged.
    expect(painted.clauses.filter((c) => c.findings.length === 0)).toEqual([]);

    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    expect(await popup.textContent('#report-title')).toContain('Terms of service');
    expect(await popup.textContent('.grade')).toMatch(/^[A-E]$/);
    expect(await popup.locator('button.clause[data-category="ai_training"]').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('shows a clear "not a terms page" state for an ordinary page', async () => {
    const page = await browser.ctx.newPage();
    const url = server.url('/not-terms.html');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['not-legal']);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('#not-legal-title');
    expect(await popup.textContent('#not-legal-title')).toBe('Not a terms page');
    expect(await popup.locator('button', { hasText: 'Analyse this page anyway' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
