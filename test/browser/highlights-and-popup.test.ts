// What a person sees, in real Chromium on the Zoom March 2023 terms: marks on §10.2/§10.4 with the right attributes,
// the hover card's reason, the popup's report for that tab (jump-to-clause, highlights off), the badge, an
// unchanged page layout, "analyse anyway" on a skipped page, axe checks, and screenshots for review.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS, launchChromiumWithExtension, liveWorker, openPopupFor, startFixtureServer, tabIdOf, waitForTabStatus,
  type ExtensionBrowser, type FixtureServer,
} from './harness';
import { fixtureRoute } from './routes';

const SHOTS = join(ARTIFACTS, 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;

async function marksByClause(p: Page): Promise<Array<{ clause: string; category: string; stance: string; text: string }>> {
  return p.$$eval('termwatch-mark[data-termwatch-clause]', (els) => {
    const groups = new Map<string, { clause: string; category: string; stance: string; text: string }>();
    for (const el of els) {
      const id = el.getAttribute('data-termwatch-clause')!;
      const g = groups.get(id) ?? { clause: id, category: el.getAttribute('data-termwatch-category')!, stance: el.getAttribute('data-termwatch-stance')!, text: '' };
      g.text += el.textContent;
      groups.set(id, g);
    }
    return [...groups.values()];
  });
}

export async function axeSeriousViolations(p: Page): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, unlike an injected <script> tag.
  await p.evaluate(axeSource);
  const result = await p.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer([fixtureRoute()]);
  browser = await launchChromiumWithExtension();
  page = await browser.ctx.newPage();
  await page.goto(server.url('/en/terms/'));
  tabId = await tabIdOf(browser, server.url('/en/terms/'));
  await waitForTabStatus(browser, tabId, ['analysed']);
  await page.waitForSelector('termwatch-mark[data-termwatch-category="ai_training"]');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlights on the Zoom March 2023 terms', () => {
  it('marks §10.2 and §10.4 as AI-training grants, one element per piece with category and stance', async () => {
    const groups = await marksByClause(page);
    const ai = groups.filter((g) => g.category === 'ai_training');
    expect(ai.some((g) => /Service Generated Data/.test(g.text) && g.stance === 'grant')).toBe(true);
    expect(ai.some((g) => /perpetual, worldwide/.test(g.text) && g.stance === 'grant')).toBe(true);
    const untagged = await page.locator('termwatch-mark:not([data-termwatch-category]), termwatch-mark:not([data-termwatch-stance])').count();
    expect(untagged).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'zoom-2023-03-31-highlighted.png') });
  });

  it('shows the reason in a card on keyboard focus', async () => {
    const mark = page.locator('termwatch-mark[data-termwatch-category="ai_training"][tabindex="0"]').first();
    await mark.focus();
    const cardText = await page.waitForFunction(() => {
      const host = document.querySelector('termwatch-card');
      const text = host?.shadowRoot?.textContent ?? '';
      return text.length > 0 ? text : null;
    });
    const text = String(await cardText.jsonValue());
    expect(text).toMatch(/AI \/ machine-learning training/);
    expect(text).toMatch(/machine learning|artificial intelligence|train/i);
    await page.screenshot({ path: join(SHOTS, 'zoom-2023-03-31-card.png') });
    await page.keyboard.press('Escape');
  });

  it('shows the grade on the toolbar badge', async () => {
    const worker = await liveWorker(browser);
    const badge = await worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toMatch(/^[A-E]•?$/);
  });
});

describe('popup for the Zoom tab', () => {
  it('lists the flagged clauses and scrolls the page to one when clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('button.clause[data-category="ai_training"]');
    expect(await popup.textContent('.grade')).toMatch(/^[A-E]$/);
    await popup.screenshot({ path: join(SHOTS, 'popup-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(SHOTS, 'popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    const button = popup.locator('button.clause[data-category="ai_training"]').first();
    const clauseId = await button.getAttribute('data-clause-id');
    await button.click();
    await page.waitForFunction((id) => {
      const el = document.querySelector(`termwatch-mark[data-termwatch-clause="${id}"]`);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }, clauseId);
    await popup.close();
  });

  it('works by keyboard alone and stays readable at 200% zoom', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('button.clause');
    let onClause = false;
    for (let i = 0; i < 40 && !onClause; i++) {
      await popup.keyboard.press('Tab');
      onClause = await popup.evaluate(() => document.activeElement?.matches('button.clause') ?? false);
    }
    expect(onClause).toBe(true);
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY > 0);

    // 200% zoom of a 440-pixel popup leaves 220 CSS pixels: the popup reflows instead of scrolling sideways.
    await popup.setViewportSize({ width: 220, height: 450 });
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await popup.screenshot({ path: join(SHOTS, 'popup-zoom-200.png') });
    await popup.close();
  });

  it('has no serious or critical axe violations', async () => {
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    expect(await axeSeriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSeriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('turns highlights off (every mark removed) and on again without moving the page layout', async () => {
    const headingBoxes = (): Promise<Array<{ x: number; y: number; w: number; h: number }>> =>
      page.$$eval('h1, h2, h3', (hs) => hs.map((h) => {
        const r = h.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, w: r.width, h: r.height };
      }));
    const withMarks = await headingBoxes();
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    await popup.click('button:has-text("Hide highlights")');
    await page.waitForFunction(() => document.querySelectorAll('termwatch-mark').length === 0);
    const withoutMarks = await headingBoxes();
    expect(withMarks).toEqual(withoutMarks);
    await popup.click('button:has-text("Show highlights")');
    await page.waitForSelector('termwatch-mark[data-termwatch-category="ai_training"]');
    expect(await headingBoxes()).toEqual(withoutMarks);
    await popup.close();
  });
});

describe('options, history and welcome pages', () => {
  it.each(['options', 'history', 'welcome'])('%s page has no serious or critical axe violations, light and dark', async (name) => {
    const extPage = await browser.ctx.newPage();
    await extPage.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
    await extPage.waitForSelector('main h1');
    await extPage.waitForTimeout(200);
    expect(await axeSeriousViolations(extPage)).toEqual([]);
    await extPage.screenshot({ path: join(SHOTS, `${name}-light.png`), fullPage: true });
    await extPage.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSeriousViolations(extPage)).toEqual([]);
    await extPage.screenshot({ path: join(SHOTS, `${name}-dark.png`), fullPage: true });
    await extPage.close();
  });
});

describe('pages the detector skips', () => {
  it('keeps an article quoting the Zoom clause unmarked, and analyses it when the user asks', async () => {
    const url = server.url('/2023/08/08/zoom-terms-of-service-ai-training-backlash');
    const article = await browser.ctx.newPage();
    await article.goto(url);
    const id = await tabIdOf(browser, url);
    await waitForTabStatus(browser, id, ['not-legal']);
    expect(await article.locator('termwatch-mark').count()).toBe(0);
    const popup = await openPopupFor(browser, id);
    await popup.click('button:has-text("Analyse this page anyway")');
    await waitForTabStatus(browser, id, ['analysed']);
    await article.waitForSelector('termwatch-mark');
    await popup.reload();
    await popup.waitForSelector('#report-title');
    expect(await popup.textContent('#report-title')).toContain('Page analysed on request');
    await popup.close();
    await article.close();
  });
});
