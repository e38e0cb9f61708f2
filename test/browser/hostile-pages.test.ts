// Hostile pages get nowhere: a page that redefines DOM methods, floods mutations, fakes Termwatch's own markup and
// puts HTML in its clause text is still analysed correctly, without crashing or looping, and its text reaches the
// popup only as text. A page that defines termwatch-* elements before Termwatch runs and then reads everything it
// can reach learns nothing and breaks nothing. A page whose script nests its terms 20,000 elements deep is decided
// by the shipped detector (which reads the DOM natively: src/core/detect/safe-dom.ts) and the extractor, in Chromium
// and in Firefox, with an outcome and no uncaught error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_BOUNDS } from '../../src/core/bounds';
import { CATEGORY_IDS } from '../../src/core/types';
import { contentWorld, withFindings } from './content-world';
import { FIREFOX, GECKO_ID, launchFirefoxBidi, poll, type BidiFirefox } from './firefox-bidi';
import {
  FIREFOX_BUILD,
  assertBuilt,
  launchChromiumWithExtension,
  liveWorker,
  openPopupFor,
  ROOT,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

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

const hostilePage = sample
  .replace('<h2>4. General</h2>', `${FAKE_MARKUP}<h2>4. General</h2>`)
  .replace('</body>', `${HOSTILE_SCRIPT}</body>`);

// Runs before Termwatch: the names Termwatch used to use, defined with closed shadow roots, watching for verdicts.
const SQUATTER_SCRIPT = `<script>
  window.__squat = { constructed: [], seen: [] };
  class Card extends HTMLElement {
    constructor() { super(); __squat.constructed.push('termwatch-card'); this.attachShadow({ mode: 'closed' }); }
  }
  class Mark extends HTMLElement {
    static get observedAttributes() { return ['data-termwatch-category', 'data-termwatch-stance', 'data-termwatch-clause']; }
    constructor() { super(); __squat.constructed.push('termwatch-mark'); }
    connectedCallback() { __squat.seen.push(this.textContent); this.style.setProperty('display', 'none', 'important'); }
    attributeChangedCallback(name, _old, value) { __squat.seen.push(name + '=' + value); }
  }
  customElements.define('termwatch-card', Card);
  customElements.define('termwatch-mark', Mark);
</script>`;
const squatterPage = sample.replace('</head>', `${SQUATTER_SCRIPT}</head>`);

// A page whose title, headings and URL are far longer than anything Termwatch keeps (core/bounds.ts).
const LONG_TITLE = `Terms of Service ${'and more terms '.repeat(400)}`;
const longPage = sample
  .replace(/<title>[^<]*<\/title>/, `<title>${LONG_TITLE}</title>`)
  .replace('<h2>3. Privacy and Data</h2>', `<h2>3. Privacy and Data ${'heading '.repeat(600)}</h2>`);
const LONG_PATH = `/legal/long-terms?state=${'a'.repeat(10_000)}`;

// The sample terms under DEEP levels of <div> that the page's own script builds: a parser caps nesting (512 in
// Chromium), a script does not. 20,000 is twice what overflows happy-dom's recursive DOM, and what Firefox ESR builds
// in about a second (100,000 take it ~30 s; Chromium and Firefox read those too: safe-dom.ts). The outermost is not
// displayed: Chromium's renderer itself crashes laying out (or, with display: contents, styling) 5,000 nested boxes,
// with or without Termwatch; the detector reads the text whether it is shown or not.
const DEEP = 20_000;
const deepPage = sample.replace('<body>', '<body><template id="terms">').replace(
  '</body>',
  `</template><script>
  let el = document.body.appendChild(document.createElement('div'));
  el.style.display = 'none';
  for (let i = 1; i < ${DEEP}; i++) el = el.appendChild(document.createElement('div'));
  el.append(document.getElementById('terms').content);
  document.getElementById('terms').remove();
  window.__depth = ${DEEP};
</script></body>`,
);
/** Outcomes of a deep page that say something: analysed, or failed with a reason the user is shown. */
type Settled = { status: string; error: string | null; flaggedClauses?: unknown[] };

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
      if (req.url !== '/legal/squatted-terms') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(squatterPage);
      return true;
    },
    (req, res) => {
      if (!req.url?.startsWith('/legal/long-terms')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(longPage);
      return true;
    },
    (req, res) => {
      if (req.url !== '/legal/deep-terms') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(deepPage);
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
      (
        chrome.runtime as unknown as { onConnect: { addListener(f: (p: { name: string }) => void): void } }
      ).onConnect.addListener((port) => {
        const counts = (globalThis as unknown as { twCounts: Record<string, number> }).twCounts;
        if (port.name === 'termwatch-page-extracted') counts['page-extracted'] = (counts['page-extracted'] ?? 0) + 1;
      });
    });
    const page = await browser.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const world = await contentWorld(browser, page);
    const url = server.url('/legal/hostile-terms');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    await world.waitForPainted((p) => p.count > 0, 'highlights');
    const painted = await withFindings(browser, tabId, (await world.painted())!);
    expect(
      painted.clauses.some(
        (c) => c.findings.some((f) => f.category === 'data_sharing') && /advertising partners/.test(c.text),
      ),
    ).toBe(true);
    // The page's fake mark is not ours: its text was not painted as a clause of its own.
    expect(painted.clauses.some((c) => c.text === "This fake mark is the page's own.")).toBe(false);

    // Let the flood run a while: the detector must not loop (re-runs are debounced with a max wait and capped).
    await page.waitForTimeout(7_000);
    Object.assign(
      messageCounts,
      await worker.evaluate(() => (globalThis as unknown as { twCounts: Record<string, number> }).twCounts),
    );
    expect(messageCounts['page-extracted']).toBeGreaterThanOrEqual(1);
    expect(messageCounts['page-extracted']).toBeLessThanOrEqual(4);
    expect(messageCounts['page-detected']).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.title)).not.toBe('pwned');
    expect(errors.filter((e) => !e.startsWith('hostile'))).toEqual([]);

    // The page's fake mark is left alone when Termwatch removes its own.
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade');
    await popup.click('button:has-text("Hide highlights")');
    await world.waitForPainted((p) => p.count === 0, 'highlights off');
    expect(await page.locator('termwatch-mark').count()).toBe(1);
    expect(await page.textContent('termwatch-mark')).toBe("This fake mark is the page's own.");

    // Page text is rendered as text in the popup (a right's clause, or another place it is said): the <img> stays
    // literal.
    const clauseTexts = await popup.locator('.clause-text, button.also').allTextContents();
    expect(clauseTexts.some((t) => t.includes('<img src=x onerror='))).toBe(true);
    expect(await popup.locator('.clause-text img, button.also img').count()).toBe(0);
    await popup.close();
    await page.close();
  }, 60_000);

  it('defines termwatch-card and termwatch-mark first, reads everything it can after the report, and learns nothing', async () => {
    const page = await browser.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const world = await contentWorld(browser, page);
    const url = server.url('/legal/squatted-terms');
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    const state = (await waitForTabStatus(browser, tabId, ['analysed', 'failed'])) as {
      status: string;
      error: string | null;
    };
    expect(state.error).toBeNull();
    expect(state.status).toBe('analysed');
    const painted = await world.waitForPainted((p) => p.count > 0, 'highlights');
    expect(painted.mode).toBe('highlight-api');

    // The page's script, after the report: every element's tag and attributes, every shadow root it can open, every
    // stylesheet and style element, the highlight registry's names, and what its squatting elements saw.
    const words = ['termwatch', ...CATEGORY_IDS, 'grant', 'conditional', 'restrict', 'opt_in', 'opt_out'];
    const learned = await page.evaluate((list) => {
      const re = new RegExp(list.join('|'), 'i');
      const found: string[] = [];
      const shadowRoots: string[] = [];
      for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
        if (re.test(el.tagName)) found.push(`tag ${el.tagName}`);
        for (const a of el.attributes)
          if (re.test(a.name) || re.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value}`);
        if (el.shadowRoot) shadowRoots.push(el.tagName);
        const q = document.querySelector(el.tagName.toLowerCase());
        if (q?.shadowRoot) shadowRoots.push(`querySelector ${el.tagName}`);
      }
      for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
        for (const rule of sheet.cssRules) if (re.test(rule.cssText)) found.push(`css ${rule.cssText}`);
      }
      for (const style of document.querySelectorAll('style'))
        if (re.test(style.textContent ?? '')) found.push('style element');
      for (const name of CSS.highlights.keys()) if (re.test(name)) found.push(`highlight ${name}`);
      const squat = (window as unknown as { __squat: { constructed: string[]; seen: string[] } }).__squat;
      return {
        found,
        shadowRoots,
        constructed: squat.constructed,
        seen: squat.seen,
        termwatchElements: document.querySelectorAll('termwatch-card, termwatch-mark').length,
        ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      };
    }, words);
    expect(learned.found).toEqual([]);
    expect(learned.shadowRoots).toEqual([]);
    expect(learned.constructed).toEqual([]);
    expect(learned.seen).toEqual([]);
    expect(learned.termwatchElements).toBe(0);
    // Broke nothing: the report stands and the highlights are painted (the registry is what a page can count).
    expect(learned.ranges).toBeGreaterThan(0);
    const after = (await waitForTabStatus(browser, tabId, ['analysed'])) as {
      status: string;
      highlightError?: string | null;
    };
    expect(after.highlightError).toBeNull();
    expect(errors).toEqual([]);

    // A page that empties the registry does not keep the user from a clause: a jump from the popup paints it again.
    await page.evaluate(() => CSS.highlights.clear());
    const popup = await openPopupFor(browser, tabId);
    await popup.locator('button.clause').first().click();
    await expect
      .poll(() => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)))
      .toBeGreaterThan(0);
    await popup.close();
    await page.close();
  }, 60_000);

  it('reports a page whose title, headings and URL are over every bound, shortened', async () => {
    const page = await browser.ctx.newPage();
    const url = server.url(LONG_PATH);
    await page.goto(url);
    expect((await page.evaluate(() => document.title)).length).toBeGreaterThan(5_000);
    const tabId = await tabIdOf(browser, url);
    type Reported = {
      status: string;
      title: string;
      url: string;
      error: string | null;
      flaggedClauses: { sectionPath: string[] }[];
    };
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

  it(`decides and analyses terms that the page's script nests ${DEEP} elements deep`, async () => {
    const page = await browser.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = server.url('/legal/deep-terms');
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __depth: number }).__depth)).toBe(DEEP);
    const tabId = await tabIdOf(browser, url);
    // A detector that threw or hung would leave the tab with no state at all.
    const state = (await waitForTabStatus(browser, tabId, ['analysed', 'failed'], 30_000)) as Settled;
    expect(state.error).toBeNull();
    expect(state.status).toBe('analysed');
    expect(state.flaggedClauses!.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('deep page in Firefox ESR', () => {
  let firefox: BidiFirefox | undefined;
  afterAll(async () => {
    await firefox?.close();
  });

  it(`decides and analyses terms that the page's script nests ${DEEP} elements deep`, async () => {
    if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: apt-get install -y firefox-esr`);
    assertBuilt(FIREFOX_BUILD);
    const uuid = randomUUID();
    firefox = await launchFirefoxBidi(FIREFOX, {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host access is user-granted in Firefox; a test profile grants it up front as a consenting user would.
      'extensions.originControls.grantByDefault': true,
    });
    const ff = firefox;
    await ff.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    const { context: pageContext } = await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    // The page's uncaught errors, as the Chromium half records them ('pageerror').
    const errors: string[] = [];
    ff.on('log.entryAdded', (entry) => {
      if (entry.type === 'javascript' && entry.level === 'error') errors.push(String(entry.text));
    });
    await ff.send('session.subscribe', { events: ['log.entryAdded'], contexts: [pageContext] });
    const url = server.url('/legal/deep-terms');
    await ff.send('browsingContext.navigate', { context: pageContext, url, wait: 'complete' });
    expect(await ff.evaluate<number>(pageContext, 'window.__depth')).toBe(DEEP);

    // The tab's state as the background stores it, read from an extension page: the welcome page the install opens
    // (firefox-popup.test.ts). A detector that threw or hung would leave the tab with no state at all.
    const extensionPage = await poll(async () => {
      const all = await ff.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {});
      return all.contexts.find((c) => c.url.startsWith(`moz-extension://${uuid}/`))?.context;
    }, 'an extension page');
    const state = await poll(
      () =>
        ff.evaluate<Settled | null>(
          extensionPage,
          `browser.tabs.query({}).then(async (tabs) => {
            const id = tabs.find((t) => t.url === ${JSON.stringify(url)})?.id;
            const state = (await browser.storage.session.get('tab:' + id))['tab:' + id];
            return state && ['analysed', 'failed'].includes(state.status) ? state : null;
          })`,
        ),
      'the deep page analysed or failed',
    );
    expect(state.error).toBeNull();
    expect(state.status).toBe('analysed');
    expect(state.flaggedClauses!.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
