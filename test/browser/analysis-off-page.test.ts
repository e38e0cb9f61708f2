// No analysis on the page's main thread: the analyser is bundled once, into the analysis worker, and the content
// script only reads the page and paints. A terms page still gets its report and its highlights.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import { TEST_HOOKS } from '../../scripts/test-hooks';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  assertBuilt,
  launchChromiumWithExtension,
  liveWorker,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

/** Every rule id: data only the analyser carries ("ai_training.train-on-content", …). */
const RULE_IDS = ALL_CATEGORY_RULES.flatMap((c) => c.rules.map((r) => r.id));

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('%s build: the analyser is bundled once', (_name, dir) => {
  it('is in analysis-worker.js, and in no other bundle (content scripts, background, pages)', () => {
    assertBuilt(dir);
    expect(RULE_IDS.length).toBeGreaterThan(10);
    const worker = readFileSync(join(dir, 'analysis-worker.js'), 'utf8');
    expect(RULE_IDS.filter((id) => !worker.includes(id))).toEqual([]);
    const others = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'analysis-worker.js');
    expect(others).toEqual(
      expect.arrayContaining(['content-analyze.js', 'content-detect.js', 'background.js', 'history.js']),
    );
    for (const file of others) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(
        RULE_IDS.filter((id) => code.includes(id)),
        file,
      ).toEqual([]);
    }
  });

  it("ships none of the watchdog's test hooks", () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain(TEST_HOOKS.hangMarker);
    }
  });
});

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

describe('a terms page in Chromium, analysed off the page', () => {
  it("gets its report and highlights, from an analysis in the offscreen document's worker", async () => {
    const page = await browser.ctx.newPage();
    const url = server.url('/sample/sample-terms.html');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    const state = (await waitForTabStatus(browser, tabId, ['analysed', 'failed', 'timed-out'])) as unknown as {
      error?: string;
      status?: string;
      analysis: { findings: unknown[]; summary: { grade: string } };
    };
    expect(state.status, state.error ?? '').toBe('analysed');
    expect(state.analysis.findings.length).toBeGreaterThan(3);
    expect(state.analysis.summary.grade).toMatch(/^[A-E]$/);
    // Highlights are ranges in CSS.highlights (their meaning stays in the extension).
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    // Chrome's service worker cannot start a Worker: the analysis ran in the offscreen document's.
    const contexts = await (
      await liveWorker(browser)
    ).evaluate(async () => {
      const runtime = chrome.runtime as unknown as { getContexts(f: object): Promise<Array<{ documentUrl?: string }>> };
      return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl ?? '');
    });
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatch(/\/offscreen\.html$/);
    await page.close();
  });

  it('the history page starts the same worker (it re-analyses versions stored by an older analyser)', async () => {
    const history = await browser.ctx.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/history.html`);
    const reply = (await history.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker('analysis-worker.js');
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => reject(new Error(e.message));
          const text = 'We may use your content to train our artificial intelligence models.';
          worker.postMessage({
            id: 7,
            text,
            clauses: { form: 'offsets', parents: [], labels: [], spans: [0, text.length, -1] },
            options: {},
          });
        }),
    )) as { id: number; ok: boolean; output: { findings: Array<{ category: string }> } };
    expect(reply.id).toBe(7);
    expect(reply.ok).toBe(true);
    expect(reply.output.findings.map((f) => f.category)).toContain('ai_training');
    await history.close();
  });
});
