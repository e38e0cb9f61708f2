// Highlights are one Tab stop, with the arrow keys between them (roving tabindex in the overlay's closed shadow root,
// where a page script can read neither the buttons nor their tabindex). Measured on the Zoom terms of March 2023:
// one full Tab cycle through the page adds exactly one stop of Termwatch's, whatever the number of highlights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentWorld, type ContentWorld } from './content-world';
import {
  launchChromiumWithExtension,
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
let world: ContentWorld;
let painted = 0;

beforeAll(async () => {
  server = await startFixtureServer([fixtureRoute()]);
  browser = await launchChromiumWithExtension();
  page = await browser.ctx.newPage();
  await page.goto(server.url('/en/terms/'));
  const tabId = await tabIdOf(browser, server.url('/en/terms/'));
  world = await contentWorld(browser, page);
  await waitForTabStatus(browser, tabId, ['analysed']);
  painted = (await world.waitForPainted((p) => p.count > 1, 'the highlights')).count;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const onOverlay = (): Promise<boolean> =>
  world.evaluate<boolean>('termwatchAnalyser.isOwnNode(document.activeElement)');

/** The focused element as a number (the same element, the same number), or 0 when nothing of the page has focus. */
const focusedId = (): Promise<number> =>
  page.evaluate(() => {
    const w = window as unknown as { __ids?: WeakMap<Element, number>; __next?: number };
    const el = document.activeElement;
    if (!el || el === document.body) return 0;
    w.__ids ??= new WeakMap();
    if (!w.__ids.has(el)) w.__ids.set(el, (w.__next = (w.__next ?? 0) + 1));
    return w.__ids.get(el)!;
  });

async function tabCycle(key: 'Tab' | 'Shift+Tab'): Promise<{ stops: number; ours: number }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let first = 0;
  let stops = 0;
  let ours = 0;
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press(key);
    const id = await focusedId();
    if (id === 0) continue; // the browser's own UI between cycles
    if (id === first) return { stops, ours };
    if (first === 0) first = id;
    stops++;
    if (await onOverlay()) ours++;
  }
  throw new Error('the Tab order never came round');
}

describe('the highlights in the Tab order', () => {
  it('add exactly one Tab stop to the page, forwards and backwards', async () => {
    expect(painted).toBeGreaterThan(10);
    const forwards = await tabCycle('Tab');
    console.log(`one Tab cycle: ${forwards.stops} stops, ${forwards.ours} of Termwatch's, for ${painted} highlights`);
    expect(forwards.ours).toBe(1);
    expect(forwards.stops).toBeGreaterThan(1);
    const backwards = await tabCycle('Shift+Tab');
    expect(backwards).toEqual(forwards);
  });

  it('move between clauses with the arrow keys, Home and End, showing the card on each', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let inside = false;
    for (let i = 0; i < 400 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await onOverlay();
    }
    expect(inside).toBe(true);
    const names: string[] = [];
    const now = async (): Promise<{ focused: string; card: string }> => {
      const { focused, card } = await world.ax();
      return { focused: focused?.name ?? '', card: card?.name ?? '' };
    };
    names.push((await now()).focused);
    for (let i = 1; i < painted; i++) {
      await page.keyboard.press('ArrowDown');
      const { focused, card } = await now();
      expect(card).not.toBe('');
      names.push(focused);
    }
    // Every clause reached once, in order, by the arrow keys alone.
    expect(new Set(names).size).toBe(painted);
    await page.keyboard.press('ArrowDown'); // at the last: stays
    expect((await now()).focused).toBe(names[names.length - 1]);
    await page.keyboard.press('Home');
    expect((await now()).focused).toBe(names[0]);
    await page.keyboard.press('End');
    expect((await now()).focused).toBe(names[names.length - 1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect((await now()).focused).toBe(names[names.length - 2]);
    await page.keyboard.press('Escape');
    expect((await now()).card).toBe('');
    // Tab leaves the highlights; Shift+Tab comes back to the clause the reader was on.
    await page.keyboard.press('Tab');
    expect(await onOverlay()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await onOverlay()).toBe(true);
    expect((await now()).focused).toBe(names[names.length - 2]);
  });
});
