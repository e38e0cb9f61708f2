// What a person sees, in real Chromium on the Zoom March 2023 terms: §10.2/§10.4 highlighted as AI-training grants
// (CSS Custom Highlight API: read from Termwatch's own world, since the page sees no element), the card's reason on
// keyboard focus and on hover (checked in the accessibility tree, which shows the closed shadow root's content), the
// popup's report for that tab (jump-to-clause, highlights off), the badge, an unchanged page layout, "analyse anyway"
// on a skipped page, axe checks, and screenshots for review.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentWorld, withFindings, type ContentWorld, type Painted, type PaintedClause } from './content-world';
import {
  ARTIFACTS,
  launchChromiumWithExtension,
  liveWorker,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { fixtureRoute } from './routes';
import { HIGHLIGHT_COLOURS, isVisibleColour, type HighlightColours } from './highlight-colours';

const SHOTS = join(ARTIFACTS, 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;

let world: ContentWorld;

const isAiGrant = (c: PaintedClause): boolean =>
  c.findings.some((f) => f.category === 'ai_training' && f.stance === 'grant');
const painted = async (): Promise<Painted> => withFindings(browser, tabId, (await world.painted())!);

export async function axeSeriousViolations(p: Page): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, unlike an injected <script> tag.
  await p.evaluate(axeSource);
  const result = await p.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: string[]; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer([fixtureRoute()]);
  browser = await launchChromiumWithExtension();
  page = await browser.ctx.newPage();
  await page.goto(server.url('/en/terms/'));
  tabId = await tabIdOf(browser, server.url('/en/terms/'));
  world = await contentWorld(browser, page);
  await waitForTabStatus(browser, tabId, ['analysed']);
  await world.waitForPainted((p) => p.count > 0, 'the highlights');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('highlights on the Zoom March 2023 terms', () => {
  it('highlights §10.2 and §10.4 as AI-training grants with the Highlight API, every clause with its findings', async () => {
    const now = await painted();
    expect(now.mode).toBe('highlight-api');
    const ai = now.clauses.filter(isAiGrant);
    expect(ai.some((c) => /Service Generated Data/.test(c.text))).toBe(true);
    expect(ai.some((c) => /perpetual, worldwide/.test(c.text))).toBe(true);
    expect(now.clauses.filter((c) => c.findings.length === 0)).toEqual([]);
    // What the page sees: the registry's ranges, but no element around any text.
    const seen = await page.evaluate(() => ({
      ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      inBody: [...document.body.querySelectorAll('*')].filter((el) => el.tagName.includes('-')).length,
    }));
    expect(seen.ranges).toBeGreaterThanOrEqual(now.count);
    expect(seen.inBody).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'zoom-2023-03-31-highlighted.png') });
  });

  it('colours the highlighted text from rules on :root alone (Chromium inherits highlight styles)', async () => {
    // Rules for every element restyled the whole document when the sheet arrived; on :root about half as much.
    const { colours, scopes } = (await page.evaluate(HIGHLIGHT_COLOURS)) as HighlightColours;
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) expect(isVisibleColour(c), c).toBe(true);
    expect(scopes.length).toBe(6);
    expect(new Set(scopes)).toEqual(new Set([':root']));
  });

  it('reaches the clauses by Tab and the arrow keys and shows the reason in the card on focus', async () => {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    // The navigator comes after the page's own content in the Tab order: tab until focus is in Termwatch's overlay.
    const onOverlay = (): Promise<boolean> =>
      world.evaluate<boolean>('termwatchAnalyser.isOwnNode(document.activeElement)');
    let inside = false;
    for (let i = 0; i < 400 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await onOverlay();
    }
    expect(inside).toBe(true);
    let { focused } = await world.ax();
    expect(focused?.role).toBe('button');
    // Named after its finding and opening words, described by the card.
    expect(focused!.name).toMatch(/^Termwatch: .+\. “.+”$/);
    const { card } = await world.ax();
    expect(card).not.toBeNull();
    expect(focused!.description).toBe(card!.name);
    // The arrow keys: the next clause, further down the page, scrolled into view (the highlights are one Tab stop).
    let atAi = /^Termwatch: AI \/ machine-learning training/.test(focused?.name ?? '');
    for (let i = 0; i < 60 && !atAi; i++) {
      await page.keyboard.press('ArrowDown');
      ({ focused } = await world.ax());
      atAi = /^Termwatch: AI \/ machine-learning training/.test(focused?.name ?? '');
    }
    expect(atAi).toBe(true);
    const text = (await world.ax()).card?.name ?? '';
    expect(text).toMatch(/AI \/ machine-learning training/);
    expect(text).toMatch(/machine learning|artificial intelligence|train/i);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'zoom-2023-03-31-card.png') });
    await page.keyboard.press('Escape');
    expect((await world.ax()).card).toBeNull();
  });

  it('shows the card while the pointer is on a clause, and hides it after the pointer leaves', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const now = await painted();
    const target =
      now.clauses.find((c) => isAiGrant(c) && c.rect.top > 0 && c.rect.bottom < 880) ?? now.clauses.find(isAiGrant)!;
    if (!(target.rect.top > 0 && target.rect.bottom < 880)) {
      await page.evaluate((y) => window.scrollBy(0, y - 200), target.rect.top);
    }
    // The clause's box is read again on each try: right after scrolling it can still be where it was.
    await expect
      .poll(async () => {
        const rect = (await world.painted())!.clauses.find((c) => c.id === target.id)!.rect;
        await page.mouse.move(rect.left + Math.min(20, rect.width / 2), rect.top + rect.height / 2);
        return (await world.ax()).card?.name ?? '';
      })
      .toMatch(/AI \/ machine-learning training/);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await world.ax()).card, { timeout: 3000 }).toBeNull();
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
    // The clause (a Range: no element to scroll to) ends up in view.
    await expect
      .poll(
        async () => {
          const clause = (await world.painted())!.clauses.find((c) => c.id === clauseId);
          const scrollY = await page.evaluate(() => window.scrollY);
          return Boolean(clause && scrollY > 0 && clause.rect.top >= 0 && clause.rect.bottom <= 900);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
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
    const overflow = await popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
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

  it('turns highlights off (every highlight removed) and on again without moving the page layout', async () => {
    const headingBoxes = (): Promise<Array<{ x: number; y: number; w: number; h: number }>> =>
      page.$$eval('h1, h2, h3', (hs) =>
        hs.map((h) => {
          const r = h.getBoundingClientRect();
          return { x: r.x, y: r.y + window.scrollY, w: r.width, h: r.height };
        }),
      );
    const withMarks = await headingBoxes();
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    await popup.click('button:has-text("Hide highlights")');
    await world.waitForPainted((p) => p.count === 0, 'no highlights');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const withoutMarks = await headingBoxes();
    expect(withMarks).toEqual(withoutMarks);
    await popup.click('button:has-text("Show highlights")');
    await world.waitForPainted((p) => p.count > 0, 'the highlights back');
    expect((await painted()).clauses.some(isAiGrant)).toBe(true);
    expect(await headingBoxes()).toEqual(withoutMarks);
    await popup.close();
  });
});

describe('options, history and welcome pages', () => {
  it.each(['options', 'history', 'welcome'])(
    '%s page has no serious or critical axe violations, light and dark',
    async (name) => {
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
    },
  );
});

describe('pages the detector skips', () => {
  it('keeps an article quoting the Zoom clause unmarked, and analyses it when the user asks', async () => {
    const url = server.url('/2023/08/08/zoom-terms-of-service-ai-training-backlash');
    const article = await browser.ctx.newPage();
    await article.goto(url);
    const id = await tabIdOf(browser, url);
    await waitForTabStatus(browser, id, ['not-legal']);
    expect(await article.evaluate(() => CSS.highlights.size)).toBe(0);
    const popup = await openPopupFor(browser, id);
    await popup.click('button:has-text("Analyse this page anyway")');
    await waitForTabStatus(browser, id, ['analysed']);
    await article.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    await popup.reload();
    await popup.waitForSelector('#report-title');
    expect(await popup.textContent('#report-title')).toContain('Page analysed on request');
    await popup.close();
    await article.close();
  });
});
