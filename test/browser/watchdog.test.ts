// The analysis watchdog in real Chromium: an analysis that overruns its budget is abandoned, the popup says the page
// took too long to analyse, the page and the extension stay usable, and a failure never replaces a finished report.
// A runaway analysis is simulated with the test hooks of a test-only build (`scripts/build.ts --test-hooks`, see
// src/analysis/budget.ts): a 6 s budget, and a marker text that makes the analysis worker spin forever, as a
// catastrophically backtracking regular expression would. Real builds define the hooks away.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_HOOKS } from '../../scripts/test-hooks';
import {
  launchChromiumWithExtension,
  storedTabState,
  openPopupFor,
  ROOT,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const TEST_BUILD = join(ROOT, 'dist', 'test-hooks');
const sample = readFileSync(join(ROOT, 'assets', 'sample', 'sample-terms.html'), 'utf8');
const HANG_CLAUSE = `<p><strong>3.6 Partners.</strong> ${TEST_HOOKS.hangMarker} We may share your personal information with our partners.</p>`;
const hangPage = sample.replace('<h2>4. General</h2>', `${HANG_CLAUSE}<h2>4. General</h2>`);

/** A heartbeat in the page: the longest gap between MessageChannel messages, i.e. the longest main-thread block. */
const HEARTBEAT = `(() => { const s = window.__twBeat = { max: 0 }; const mc = new MessageChannel(); let last = 0;
  mc.port1.onmessage = () => { const t = performance.now(); if (last && document.readyState === 'complete') s.max = Math.max(s.max, t - last); last = t; mc.port2.postMessage(0); };
  mc.port2.postMessage(0); })()`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--test-hooks', '--out', 'dist/test-hooks'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  server = await startFixtureServer([
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const html = path === '/legal/hang-terms' ? hangPage : path === '/legal/changing-terms' ? sample : null;
      if (html === null) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return true;
    },
  ]);
  browser = await launchChromiumWithExtension({ extensionDir: join(TEST_BUILD, 'chrome') });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type State = {
  status: string;
  error: string | null;
  analysis: { findings: unknown[]; summary: { grade: string } } | null;
};

async function tabState(tabId: number): Promise<State> {
  return (await storedTabState<State>(browser, tabId))!;
}

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.addInitScript(HEARTBEAT);
  const url = server.url(path);
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, url) };
}

describe('analysis watchdog (test build: 6 s budget)', () => {
  it('abandons an analysis over its budget and says so in the popup, while the page stays responsive', async () => {
    const { page, tabId } = await open('/legal/hang-terms');
    const started = Date.now();
    const state = (await waitForTabStatus(
      browser,
      tabId,
      ['timed-out', 'analysed', 'failed'],
      30_000,
    )) as unknown as State;
    expect(state.status).toBe('timed-out');
    expect(Date.now() - started).toBeLessThan(TEST_HOOKS.budgetMs + 15_000);
    expect(state.error).toMatch(/took too long to analyse/);
    // The runaway analysis never ran on the page: its main thread was never blocked for anything like the budget.
    const beat = (await page.evaluate('window.__twBeat')) as { max: number };
    expect(beat.max).toBeLessThan(TEST_HOOKS.budgetMs / 2);
    expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);

    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('#not-legal-title');
    expect(await popup.textContent('#not-legal-title')).toBe('This page took too long to analyse');
    expect(await popup.locator('button', { hasText: 'Try again' }).count()).toBe(1);
    await popup.close();
    await page.close();
  }, 90_000);

  it('stays usable: the next page is analysed and highlighted by a fresh worker', async () => {
    const { page, tabId } = await open('/sample/sample-terms.html');
    const state = (await waitForTabStatus(
      browser,
      tabId,
      ['analysed', 'timed-out', 'failed'],
      30_000,
    )) as unknown as State;
    expect(state.status).toBe('analysed');
    // Highlights are ranges in CSS.highlights (their meaning stays in the extension).
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    await page.close();
  }, 60_000);

  it('keeps a finished report when re-reading the changed page overruns, and says the report is of the earlier text', async () => {
    const { page, tabId } = await open('/legal/changing-terms');
    const first = (await waitForTabStatus(browser, tabId, ['analysed'], 30_000)) as unknown as State;
    // Highlights are ranges in CSS.highlights (their meaning stays in the extension).
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    // The page changes its text (same URL): the watcher re-reads it, and the new analysis hangs.
    await page.evaluate(
      (html) => document.querySelector('h2:last-of-type')!.insertAdjacentHTML('beforebegin', html),
      HANG_CLAUSE,
    );
    const deadline = Date.now() + 30_000;
    let state = await tabState(tabId);
    while (!state.error && Date.now() < deadline) {
      await page.waitForTimeout(200);
      state = await tabState(tabId);
    }
    expect(state.error).toMatch(/took too long to analyse/);
    expect(state.status).toBe('analysed');
    expect(state.analysis!.findings).toEqual(first.analysis!.findings);
    expect(state.analysis!.summary).toEqual(first.analysis!.summary);

    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    expect(await popup.textContent('.stale-report')).toMatch(/earlier text/);
    await popup.close();
    await page.close();
  }, 90_000);
});
