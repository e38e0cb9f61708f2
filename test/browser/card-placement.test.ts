// The hover card never covers its clause, on long real pages: every highlight is hovered (brought near the top, the
// middle and the bottom of the window in turn) and the card's box is checked against every line box of its clause.
// Always: the Zoom terms of March 2023 (a committed, attributed excerpt). When ../shared is there: the five longest
// documents of ../shared/corpus/ota, rendered as pages with collapsed <details> sections (opened before hovering).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longestOtaPages, type OtaPage } from '../../scripts/bench/lib/ota-pages';
import { hoverEveryClause } from './card-placement';
import { contentWorld } from './content-world';
import {
  launchChromiumWithExtension,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
  type Route,
} from './harness';
import { fixtureRoute } from './routes';

const ota: OtaPage[] = longestOtaPages(5) ?? [];
const otaRoute: Route = (req, res) => {
  const page = ota.find((p) => p.path === new URL(req.url ?? '/', 'http://x').pathname);
  if (!page) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page.html);
  return true;
};

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([fixtureRoute(), otaRoute]);
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function measure(path: string, openSections: boolean): Promise<Awaited<ReturnType<typeof hoverEveryClause>>> {
  const page = await browser.ctx.newPage();
  try {
    await page.goto(server.url(path));
    const tabId = await tabIdOf(browser, server.url(path));
    const world = await contentWorld(browser, page);
    await waitForTabStatus(browser, tabId, ['analysed'], 60_000);
    await world.waitForPainted((p) => p.count > 0, 'the highlights', 60_000);
    // Opening <details> changes no text: the highlights stay as they are.
    if (openSections) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    return await hoverEveryClause(page, world);
  } finally {
    await page.close();
  }
}

describe('the hover card beside its clause', () => {
  it('covers no line of its clause on the Zoom terms (every highlight hovered)', async () => {
    const report = await measure('/en/terms/', false);
    console.log(`zoom: ${JSON.stringify({ ...report, examples: undefined })}`);
    expect(report.clauses).toBeGreaterThan(10);
    expect(report.hovered).toBe(report.clauses);
    expect(report.shown).toBe(report.hovered);
    expect(report.overlaps, JSON.stringify(report.examples)).toBe(0);
  }, 180_000);

  describe.skipIf(ota.length === 0)('the five longest documents of ../shared/corpus/ota', () => {
    it.each(ota.map((p) => [p.name, p.path] as const))(
      '%s: no card covers its clause',
      async (_name, path) => {
        const report = await measure(path, true);
        console.log(`${_name}: ${JSON.stringify({ ...report, examples: undefined })}`);
        expect(report.hovered).toBeGreaterThan(0);
        expect(report.shown).toBe(report.hovered);
        expect(report.overlaps, JSON.stringify(report.examples)).toBe(0);
      },
      600_000,
    );
  });
});
