// `npm run screenshots`: the popup as a person sees it, on three long real privacy policies, for the closing note.
// Loads the built extension (dist/chrome) in Debian's Chromium, serves the three longest privacy policies of
// ../shared/corpus/ota (of services outside the held-back part of our labels) rendered as pages with collapsed
// <details> sections, and saves each page's popup as a PNG under artifacts/screenshots/ (not committed). Without
// ../shared (a fresh clone) it says so and stops.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longestOtaPages, OTA_DIR, type OtaPage } from './bench/lib/ota-pages';
import {
  ARTIFACTS,
  ROOT,
  launchChromiumWithExtension,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type Route,
} from '../test/browser/harness';

const OUT = join(ARTIFACTS, 'screenshots');
const COUNT = 3;

/** Services of the held-back part of our real labels: never shown here, so nothing of them is looked at. */
function heldBackServices(): Set<string> {
  const file = join(ROOT, 'test', 'fixtures', 'gold', 'real', 'documents.json');
  const { documents } = JSON.parse(readFileSync(file, 'utf8')) as {
    documents: Array<{ service: string; part?: string }>;
  };
  return new Set(documents.filter((d) => d.part === 'holdout').map((d) => d.service));
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function main(): Promise<void> {
  if (!existsSync(join(OTA_DIR, 'index.json'))) {
    console.log(`screenshots: skipped, ${OTA_DIR} is not here (it lives outside the repository).`);
    return;
  }
  const held = heldBackServices();
  const pages: OtaPage[] = longestOtaPages(COUNT, (d) => d.type === 'Privacy Policy' && !held.has(d.service)) ?? [];
  const route: Route = (req, res) => {
    const page = pages.find((p) => p.path === new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html);
    return true;
  };
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer([route]);
  const browser = await launchChromiumWithExtension();
  try {
    for (const page of pages) {
      const tab = await browser.ctx.newPage();
      const url = server.url(page.path);
      await tab.goto(url);
      const tabId = await tabIdOf(browser, url);
      const state = await waitForTabStatus(browser, tabId, ['analysed', 'not-legal', 'failed', 'timed-out'], 90_000);
      const popup = await openPopupFor(browser, tabId);
      await popup.waitForSelector('main h1, #report-title', { timeout: 20_000 });
      await popup.waitForTimeout(300);
      const file = join(OUT, `popup-${slug(page.name)}.png`);
      await popup.screenshot({ path: file, fullPage: true });
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${page.name} (${Math.round(page.bytes / 1024)} KB, ${state.status}): ${file} (${height} px tall)`);
      await popup.close();
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
