// The welcome page in real Chromium: every piece of text at 14 px or more, a colour legend in the very colours of
// the marks (src/shared/mark-tones.ts), and "Try it on the sample" opening the bundled sample terms page, where
// Termwatch highlights clauses, shows the card, and is one Tab stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MARK_TONES } from '../../src/shared/mark-tones';
import { launchChromiumWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let welcome: Page;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  welcome = await browser.ctx.newPage();
  await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await welcome.waitForSelector('main h1');
});
afterAll(async () => {
  await browser?.close();
});

/** Chromium's computed form of an rgba() colour: "rgba(239, 68, 68, 0.32)". */
const computed = (css: string): string => css.replace(/\s+/g, ' ').replace(/,\s*/g, ', ');

describe('welcome page', () => {
  it('has no text under 14 px', async () => {
    const sizes = await welcome.evaluate(() => {
      const out: Array<{ text: string; px: number }> = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? '';
        if (!text || !n.parentElement) continue;
        out.push({ text: text.slice(0, 40), px: parseFloat(getComputedStyle(n.parentElement).fontSize) });
      }
      return out;
    });
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.px < 14)).toEqual([]);
    // Body text is larger still.
    expect(Math.min(...sizes.map((s) => s.px))).toBeGreaterThanOrEqual(14);
  });

  it('shows a colour legend in the colours of the marks', async () => {
    const legend = await welcome.$$eval('.legend li', (items) =>
      items.map((li) => {
        const swatch = li.querySelector('.swatch')!;
        const style = getComputedStyle(swatch);
        return {
          tone: li.getAttribute('data-tone'),
          fill: style.backgroundColor,
          edge: style.textDecorationColor,
          says: li.textContent,
        };
      }),
    );
    expect(legend.map((l) => l.tone)).toEqual(Object.keys(MARK_TONES));
    for (const l of legend) {
      const tone = MARK_TONES[l.tone as keyof typeof MARK_TONES];
      expect(l.fill).toBe(computed(tone.fill));
      expect(l.edge).toBe(computed(tone.edge));
      expect(l.says!.length).toBeGreaterThan(10);
    }
  });

  it('opens the bundled sample with “Try it on the sample”, and Termwatch runs there', async () => {
    await welcome.click('a:has-text("Try it on the sample")');
    await welcome.waitForURL(/\/sample\.html$/);
    const note = welcome.locator('.termwatch-sample-note');
    await expect.poll(() => note.textContent(), { timeout: 20_000 }).toMatch(/clauses? highlighted/);
    expect(await note.textContent()).toMatch(/Grade [A-E]/);
    // Highlighted with the Highlight API, as on any page.
    const ranges = await welcome.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(ranges).toBeGreaterThan(2);
    // One Tab stop reaches the highlights; its card names a finding.
    const cdp = await browser.ctx.newCDPSession(welcome);
    await cdp.send('Accessibility.enable');
    const tooltip = async (): Promise<string> => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: Array<{ role?: { value: string }; name?: { value: string }; ignored?: boolean }>;
      };
      return nodes.find((n) => n.role?.value === 'tooltip' && !n.ignored)?.name?.value ?? '';
    };
    let card = '';
    for (let i = 0; i < 60 && !card; i++) {
      await welcome.keyboard.press('Tab');
      card = await tooltip();
    }
    expect(card).toMatch(/Termwatch · \d+ finding/);
  });
});
