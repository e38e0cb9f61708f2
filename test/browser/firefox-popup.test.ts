// Real Firefox ESR over WebDriver BiDi: the Firefox build is installed, a terms page is detected and highlighted,
// the keyboard reaches a clause, and the popup (opened as a tab, pointed at the page's tab by the test-only ?tabId=
// parameter) shows its grade.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, assertBuilt, startFixtureServer, type FixtureServer } from './harness';
import { FIREFOX, GECKO_ID, launchFirefoxBidi, poll, type BidiFirefox } from './firefox-bidi';
import { HIGHLIGHT_COLOURS, isVisibleColour, type HighlightColours } from './highlight-colours';

const uuid = randomUUID();

let server: FixtureServer;
let firefox: BidiFirefox;

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(
      `Firefox ESR not found at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (.ci/run does).`,
    );
  assertBuilt(FIREFOX_BUILD);
  server = await startFixtureServer();
  firefox = await launchFirefoxBidi(FIREFOX, {
    // Pin the moz-extension:// host so the test knows the popup's URL.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // MV3 host access is user-granted in Firefox; a test profile grants it up front as a consenting user would.
    'extensions.originControls.grantByDefault': true,
  });
}, 90_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR popup', () => {
  it('highlights a detected terms page, reaches a clause by keyboard, and shows the grade in the popup', async () => {
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
    const { context: pageContext } = await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    const url = server.url('/sample/sample-terms.html');
    await firefox.send('browsingContext.navigate', { context: pageContext, url, wait: 'complete' });
    // The page's own view of the highlights: ranges in CSS.highlights (what they mean stays in the extension).
    const ranges = await poll(
      () => firefox.evaluate<number>(pageContext, '[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)'),
      'highlights',
    );
    expect(ranges).toBeGreaterThan(0);
    // The text is coloured: Firefox ESR 153 does not inherit highlight styles, so rules on :root alone (what Chromium
    // gets) paint nothing there, and the painter must have noticed and put them on every element.
    const { colours } = await firefox.evaluate<HighlightColours>(pageContext, HIGHLIGHT_COLOURS);
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) expect(isVisibleColour(c), c).toBe(true);

    // Keyboard: Tab reaches Termwatch's navigator after the page's own content, and focusing a clause paints the
    // focus highlight (all the page sees: focus on an element with a random tag, one more non-empty highlight).
    await firefox.send('browsingContext.activate', { context: pageContext });
    const nonEmpty = (): Promise<number> =>
      firefox.evaluate<number>(pageContext, '[...CSS.highlights.values()].filter((h) => h.size > 0).length');
    const before = await nonEmpty();
    let onOverlay = false;
    for (let i = 0; i < 40 && !onOverlay; i++) {
      await firefox.send('input.performActions', {
        context: pageContext,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: '\uE004' },
              { type: 'keyUp', value: '\uE004' },
            ],
          },
        ],
      });
      onOverlay = await firefox.evaluate<boolean>(
        pageContext,
        "document.activeElement.tagName.includes('-') && document.activeElement.shadowRoot === null",
      );
    }
    expect(onOverlay).toBe(true);
    await poll(async () => (await nonEmpty()) === before + 1, 'the focus highlight');

    // Extension pages cannot be navigated to from a web page. An extension page already open (the welcome page) can
    // open another; without one, the browser's own (chrome) context can (Firefox ESR 140 ignores the chrome scope).
    const popupUrl = `moz-extension://${uuid}/popup.html`;
    const tree = await firefox.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    const extensionPage = tree.contexts.find((c) => c.url.startsWith(`moz-extension://${uuid}/`));
    if (extensionPage) {
      await firefox.evaluate(extensionPage.context, `(location.href = ${JSON.stringify(popupUrl)}, true)`);
    } else {
      await firefox.evaluate(
        tree.contexts[0]!.context,
        `(gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(popupUrl)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }), true)`,
      );
    }
    const popupContext = await poll(async () => {
      const all = await firefox.send<{ contexts: Array<{ context: string; url: string }> }>(
        'browsingContext.getTree',
        {},
      );
      return all.contexts.find((c) => c.url.startsWith(popupUrl))?.context;
    }, 'the popup tab');
    const tabId = await poll(
      () =>
        firefox.evaluate<number>(
          popupContext,
          `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id)`,
        ),
      'the page tab id',
    );
    await firefox.evaluate(popupContext, `(location.search = '?tabId=${tabId}', true)`);
    const grade = await poll(
      () => firefox.evaluate<string>(popupContext, "document.querySelector('.grade')?.textContent"),
      'the popup grade',
    );
    expect(grade).toMatch(/^[A-E]$/);
    const clauses = await firefox.evaluate<number>(
      popupContext,
      'document.querySelectorAll(\'button.clause[data-category="ai_training"]\').length',
    );
    expect(clauses).toBeGreaterThan(0);
  }, 90_000);
});
