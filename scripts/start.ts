// `npm start`: Termwatch at work on the bundled sample terms (assets/sample/sample-terms.html).
// With a display it opens Chromium with the extension loaded on the sample; without one (CI, this kind of machine)
// it runs headless, prints the page's report and writes screenshots of the annotated page and the popup.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  ARTIFACTS,
  CHROME_BUILD,
  CHROMIUM,
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  ROOT,
} from '../test/browser/harness';
import { exportInputFrom, type TabState } from '../src/shared/tab-state';
import { tabStateAsShown } from '../src/shared/tab-view';
import { DEFAULT_VIEW } from '../src/core/report/view';
import { toTextReport } from '../src/cli/text-report';

execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { stdio: 'inherit' });
const server = await startFixtureServer();
const sampleUrl = server.url('/sample/sample-terms.html');

if (process.env.DISPLAY && !process.env.CI) {
  console.log(`Opening Chromium with Termwatch on ${sampleUrl} — close the window to stop.`);
  const ctx = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: false,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-first-run'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(sampleUrl);
  await new Promise<void>((done) => ctx.on('close', () => done()));
  await server.close();
} else {
  const outDir = join(ARTIFACTS, 'start');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromiumWithExtension();
  try {
    const page = await browser.ctx.newPage();
    await page.goto(sampleUrl);
    const tabId = await tabIdOf(browser, sampleUrl);
    await waitForTabStatus(browser, tabId, ['analysed', 'failed']);
    // Highlights are CSS Custom Highlight API ranges (no element to wait for); the page sees only their count.
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
    const state = (await browser.worker.evaluate(
      async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
      tabId,
    )) as TabState;
    printReport(state);
    await page.screenshot({ path: join(outDir, 'sample-page.png'), fullPage: true });
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.grade, #not-legal-title');
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    console.log(
      `\nNo display here, so Termwatch ran headless. Screenshots:\n  ${join(outDir, 'sample-page.png')}\n  ${join(outDir, 'popup.png')}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

function printReport(state: TabState): void {
  if (state.status !== 'analysed' || !state.analysis || !state.detection) {
    console.log(`Termwatch could not analyse the sample: ${state.error ?? state.status}`);
    process.exitCode = 1;
    return;
  }
  // The same terminal report as `termwatch analyze`.
  // The stored report holds every setting's findings; the terminal shows it as a new user's settings do.
  console.log(`\n${toTextReport(exportInputFrom(tabStateAsShown(state, DEFAULT_VIEW)), state.detection)}`);
}
