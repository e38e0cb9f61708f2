// Hostile pages get nowhere: a page that redefines DOM methods, floods mutations, fakes Termwatch's own markup and
// puts HTML in its clause text is still analysed correctly, without crashing or looping, and its text reaches the
// popup only as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_BOUNDS } from '../../src/core/bounds';
import { launchChromiumWithExtension, liveWorker, openPopupFor, ROOT, startFixtureServer, tabIdOf, waitForTabStatus, type ExtensionBrowser, type FixtureServer } from './harness';

const sample = readFileSync(join(ROOT, 'assets', 'sample', 'sample-terms.html'), 'utf8');

const HOSTILE_SCRIPT = `<script>
  // Redefine the DOM methods an extension might use.
  Node.prototype.appendChild = function () { throw new Error('hostile appendChild'); };
  Node.prototype.insertBefore = function () { throw new Error('hostile insertBefore'); };
  Element.prototype.querySelectorAll = function () { return []; };
  Document.prototype.createTreeWalker = function () { throw new Error('hostile walker'); };
  Text.prototype.splitText = function () { throw new Error('hostile splitText'); };
  window.getComputedStyle = function () { throw new Error('hostile style'); };
  // Flood mutations forever.
  const ticker = document.createElement('span');
  document.body.prepend(ticker);
  let n = 0;
  setInterval(() => { ticker.textContent = 'tick ' + (n++); }, 5);
</script>`;

const FAKE_MARKUP = `<p><termwatch-mark data-termwatch-category="ai_training" data-termwatch-stance="grant" data-termwatch-clause="c1">This fake mark is the page's own.</termwatch-mark></p>
<termwatch-card>fake card</termwatch-card>
<p><strong>5.1 Markup in text.</strong> We may share your personal information with advertising partners &lt;img src=x onerror="document.title='pwned'"&gt; for their own marketing purposes.</p>`;

const hostilePage = sample.replace('<h2>4. General</h2>', `${FAKE_MARKUP}<h2>4. General</h2>`).replace('</body>', `${HOSTILE_SCRIPT}</body>`);

// A page whose title, headings and URL are far longer than anything Termwatch keeps (core/bounds.ts).
const LONG_TITLE = `Terms of Service ${'and more terms '.repeat(400)}`;
const longPage = sample
  .replace(/<title>[^<]*<\/title>/, `<title>${LONG_TITLE}</title>`)
  .replace('<h2>3. Privacy and Data</h2>', `<h2>3. Privacy and Data ${'heading '.repeat(600)}</h2>`);
const LONG_PATH = `/legal/long-terms?state=${'a'.repeat(10_000)}`;

let browser: ExtensionBrowser;
let server: FixtureServer;
const messageCounts: Record<string, number> = {};

beforeAll(async () => {
  server = await startFixtureServer([
    (req, res) => {
      if (req.url !== '/legal/hostile-terms') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostilePage);
      return true;
    },
    (req, res) => {
      if (!req.url?.startsWith('/legal/long-terms')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(longPage);
      return true;
    },
  ]);
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile page in Chromium', () => {
  it('is analysed and highlighted despite redefined DOM methods, a mutation flood and fake marks', async () => {
    const worker = await liveWorker(browser);
    await worker.evaluate(() => {
      (globalThis as unknown as { twCounts: Record<string, number> }).twCounts = {};
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        const counts = (globalThis as unknown as { twCounts: Record<string, number> }).twCounts;
        counts[m.type ?? '?'] = (counts[m.type ?? '?'] ?? 0) + 1;
      });
      // page-extracted comes over a port (shared/page-port.ts), one per analysis.
      (chrome.runtime as unknown as { onConnect: { addListener(f: (p: { name: string }) => void): void } }).onConnect.addListener((port) => {
        const counts = (globalThis as unknown as { twCounts: Record<string, number> }).twCounts;
        if (port.name === 'termwatch-page-extracted') counts['page-extracted'] = (counts['page-extracted'] ?? 0) + 1;
      });
    });
    const page = await browser.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = server.url('/legal/hostile-terms');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    await page.waitForSelector('termwatch-mark[data-termwatch-category="data_sharing"]:not([data-termwatch-clause="c1"])');

    // Let the flood run a while: the detector must not loop (re-runs are debounced with a max wait and capped).
    await page.waitForTimeout(7_000);
    Object.assign(messageCounts, await worker.evaluate(() => (globalThis as unknown as { twCounts: Record<string, number> }).twCounts));
    expect(messageCounts['page-extracted']).toBeGreaterThanOrEqual(1);
    expect(messageCounts['page-extracted']).toBeLessThanOrEqual(4);
    expect(messageCounts['page-detected']).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.title)).not.toBe('pwned');
    expect(errors.filter((e) => !e.startsWith('hostile'))).toEqual([]);

    // The page's fake mark is left alone when Termwatch removes its own.
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    await popup.click('button:has-text("Hide highlights")');
    await page.waitForFunction(() => document.querySelectorAll('termwatch-mark').length === 1);
    expect(await page.textContent('termwatch-mark')).toBe("This fake mark is the page's own.");

    // Page text is rendered as text in the popup: the <img> in the clause stays literal.
    const clauseTexts = await popup.locator('.clause-text').allTextContents();
    expect(clauseTexts.some((t) => t.includes('<img src=x onerror='))).toBe(true);
    expect(await popup.locator('.clause-text img').count()).toBe(0);
    await popup.close();
    await page.close();
  }, 60_000);

  it('reports a page whose title, headings and URL are over every bound, shortened', async () => {
    const page = await browser.ctx.newPage();
    const url = server.url(LONG_PATH);
    await page.goto(url);
    expect((await page.evaluate(() => document.title)).length).toBeGreaterThan(5_000);
    const tabId = await tabIdOf(browser, url);
    type Reported = { status: string; title: string; url: string; error: string | null; flaggedClauses: { sectionPath: string[] }[] };
    const state = (await waitForTabStatus(browser, tabId, ['analysed', 'failed'])) as Reported;
    expect(state.error).toBeNull();
    expect(state.status).toBe('analysed');
    expect(state.title.startsWith('Terms of Service and more terms')).toBe(true);
    expect(state.title.length).toBeLessThanOrEqual(PAGE_BOUNDS.title);
    expect(new URL(state.url).pathname).toBe('/legal/long-terms');
    expect(state.url.length).toBeLessThanOrEqual(PAGE_BOUNDS.url);
    const headings = state.flaggedClauses.flatMap((c) => c.sectionPath);
    expect(headings.some((h) => h.startsWith('3. Privacy and Data heading'))).toBe(true);
    for (const h of headings) expect(h.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
    await page.close();
  }, 60_000);
});
