// Jump-to-clause into folded text, in real Chromium: a clause in a closed <details>, in a hidden ARIA tab panel and in
// a collapsed accordion panel is opened (the <details> by its `open` property, the tab and the accordion by clicking
// the page's own control, whose handlers do the showing), scrolled to and flashed; a clause in a panel with no control
// is left alone and the popup says why instead of failing silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentWorld, type ContentWorld } from './content-world';
import {
  ROOT,
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
  type Route,
} from './harness';

const PATH = '/legal/terms';
const folded: Route = (req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== PATH) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(join(ROOT, 'test', 'fixtures', 'browser', 'folded-terms.html')));
  return true;
};

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;
let world: ContentWorld;
/** Painted clause ids by a word of their text. */
const ids = new Map<string, string>();

// Whether the clause's text is on screen now, measured in Termwatch's world (the page has no handle on our ranges).
const onScreen = (id: string): Promise<boolean> =>
  world.evaluate<boolean>(`(() => {
    const r = globalThis.termwatchAnalyser.highlights.rangesOf(${JSON.stringify(id)})[0];
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const b = live.getBoundingClientRect();
    return b.width > 0 && b.height > 0 && b.top >= 0 && b.bottom <= innerHeight
      && r.startContainer.parentElement.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  })()`);

beforeAll(async () => {
  server = await startFixtureServer([folded]);
  browser = await launchChromiumWithExtension();
  page = await browser.ctx.newPage();
  await page.goto(server.url(PATH));
  tabId = await tabIdOf(browser, server.url(PATH));
  world = await contentWorld(browser, page);
  await waitForTabStatus(browser, tabId, ['analysed']);
  const painted = await world.waitForPainted((p) => p.count >= 4, 'the four folded clauses');
  for (const word of ['perpetual', 'train', 'advertising partners', 'marketing partners']) {
    const clause = painted.clauses.find((c) => c.text.includes(word));
    if (clause) ids.set(word, clause.id);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function jump(word: string): Promise<Page> {
  const id = ids.get(word);
  expect(id, `a painted clause with “${word}”`).toBeDefined();
  // A smooth scroll of the previous jump may still run: start from the top once the page has stayed there a while.
  await page.evaluate(async () => {
    for (let quiet = 0; quiet < 6;) {
      window.scrollTo({ top: 0, behavior: 'instant' });
      await new Promise((ok) => setTimeout(ok, 50));
      quiet = window.scrollY === 0 ? quiet + 1 : 0;
    }
  });
  const popup = await openPopupFor(browser, tabId);
  await popup.waitForSelector('[data-clause-id]');
  // A clause the popup lists under "also said in" sits in a folded list of the popup's own: unfold them all.
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await popup.locator(`[data-clause-id="${id}"]`).first().click();
  return popup;
}

describe('jump-to-clause into folded sections', () => {
  it('has every folded clause painted but hidden to begin with', async () => {
    expect([...ids.keys()].sort()).toEqual(['advertising partners', 'marketing partners', 'perpetual', 'train']);
    for (const id of ids.values()) expect(await onScreen(id)).toBe(false);
  });

  it('opens a closed <details> and shows the clause', async () => {
    const popup = await jump('perpetual');
    await expect.poll(() => onScreen(ids.get('perpetual')!), { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('#licence-section')!.open)).toBe(true);
    await popup.close();
  });

  it('selects a hidden tab by clicking the page’s own tab, and shows the clause', async () => {
    const popup = await jump('train');
    await expect.poll(() => onScreen(ids.get('train')!), { timeout: 5000 }).toBe(true);
    // The page's handler ran: its own state says the AI tab is selected, the other panel is hidden.
    expect(
      await page.evaluate(() => ({
        ai: document.getElementById('tab-ai')!.getAttribute('aria-selected'),
        other: document.getElementById('panel-use')!.hidden,
      })),
    ).toEqual({ ai: 'true', other: true });
    await popup.close();
  });

  it('expands a collapsed accordion panel through its button (the page shows it a moment later)', async () => {
    const popup = await jump('advertising partners');
    await expect.poll(() => onScreen(ids.get('advertising partners')!), { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.acc-toggle')!.getAttribute('aria-expanded'))).toBe(
      'true',
    );
    await popup.close();
  });

  it('says so when the clause is in a part of the page it cannot open, and leaves the page alone', async () => {
    const popup = await jump('marketing partners');
    await expect
      .poll(async () => (await popup.locator('p.notice[role="status"]').allTextContents()).join(' '), {
        timeout: 5000,
      })
      .toContain('This clause is in a part of the page Termwatch cannot open.');
    await popup.waitForTimeout(800); // past the longest a page's handler gets to show a panel
    expect(await onScreen(ids.get('marketing partners')!)).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A successful jump afterwards clears the note.
    await popup
      .locator(`[data-clause-id="${ids.get('perpetual')!}"]`)
      .first()
      .click();
    await expect.poll(async () => popup.locator('p.notice[role="status"]').count(), { timeout: 5000 }).toBe(0);
    await popup.close();
  });
});
