// Version history and exports in real Chromium: a page that changes between two visits gets a change report in
// the popup and a mark on the badge; the history page exports that document's history, and the popup its report, in
// each format.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  launchChromiumWithExtension,
  liveWorker,
  openPopupFor,
  startFixtureServer,
  tabIdOf,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const BEFORE = `<p>1.1 We collect your name and email address to provide the service.</p>
  <p>1.2 We do not sell your personal information.</p>`;
const AFTER = `<p>1.1 We collect your name and email address to provide the service.</p>
  <p>1.2 We do not sell your personal information.</p>
  <p>1.3 We may use the content you upload, including your recordings and messages, to train our artificial intelligence and machine learning models.</p>`;

let version: 'before' | 'after' = 'before';
// Long enough to be graded (150 words or more): the badge shows the grade.
const policyPage =
  (): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy — Clipwise</title></head>
<body><main><h1>Privacy Policy</h1><p>Last updated: ${version === 'before' ? 'May 2, 2026' : 'June 9, 2026'}</p>
<p>This Privacy Policy describes how Clipwise, Inc. collects, uses and shares personal information when you use our services. By using the services you agree to this Privacy Policy.</p>
<h2>1. Information we collect and how we use it</h2>${version === 'before' ? BEFORE : AFTER}
<h2>2. Security and your choices</h2>
<p>2.1 We protect personal information with encryption in transit and at rest, access controls for our staff, and regular reviews of the systems that store it.</p>
<p>2.2 You can see, correct or delete the information in your account at any time from the account settings page, and you can close your account whenever you wish.</p>
<p>2.3 If you live in a place whose law gives you further rights over your personal information, you can use them by writing to us; we answer every such request within thirty days.</p>
<p>2.4 Children under thirteen may not use the services, and we do not knowingly collect information from them.</p>
<h2>3. Contact</h2><p>3.1 Questions about this policy can be sent to privacy@clipwise.example.</p></main></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer([
    (req, res) => {
      if (req.url !== '/legal/privacy-policy') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(policyPage());
      return true;
    },
  ]);
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('version history in Chromium', () => {
  it('reports what changed since the last visit in the popup, with a badge mark', async () => {
    const url = server.url('/legal/privacy-policy');
    const page = await browser.ctx.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    let popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('#changes-title');
    expect(await popup.textContent('.changes')).toContain('First time Termwatch sees this document');
    await popup.close();

    version = 'after';
    await page.reload();
    const worker = await liveWorker(browser);
    // Wait for the second visit's report (the first one stays 'analysed' until the reload clears it).
    await expect
      .poll(
        () =>
          worker.evaluate(async (id: number) => {
            const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`];
            return state?.status === 'analysed' ? state.change?.versionCount : null;
          }, tabId),
        { timeout: 20_000 },
      )
      .toBe(2);
    // The badge: the grade (none for a text too short to grade) and the "changed for the worse" mark, since the new
    // version adds an AI-training grant; its title says which right got worse.
    const grade = await worker.evaluate(
      async (id: number) =>
        (
          (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as {
            analysis: { summary: { grade: string | null } };
          }
        ).analysis.summary.grade,
      tabId,
    );
    expect(await worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      `${grade ?? ''}!`,
    );
    expect(await worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(
      /changed for the worse since your last visit/,
    );

    popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('.changed-mark');
    const lines = await popup.locator('.change-lines li').allTextContents();
    expect(lines.some((l) => /^New\b.+AI \/ machine-learning training/.test(l))).toBe(true);
    await popup.click('button:has-text("Mark as seen")');
    await popup.waitForSelector('.changed-mark', { state: 'detached' });
    expect(await worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^[A-E]$/);
    await popup.close();
    await page.close();
  });
});

describe('history page exports (after the two visits above)', () => {
  it("downloads a document's history as JSON, Markdown and CSV, with the change between its versions", async () => {
    const history = await browser.ctx.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/history.html`);
    await history.click('.doc-list tbody tr button:has-text("Privacy Policy")');
    const grab = async (label: string): Promise<{ name: string; text: string }> => {
      const [download] = await Promise.all([
        history.waitForEvent('download'),
        history.click(`button:has-text("Export this document's history (${label})")`),
      ]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };

    const json = await grab('JSON');
    expect(json.name).toMatch(/^termwatch-127\.0\.0\.1-privacy-history-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text) as { reports: Array<{ changes: Array<{ category?: string; type: string }> }> };
    expect(data.reports).toHaveLength(1);
    expect(data.reports[0]!.changes).toContainEqual(
      expect.objectContaining({ category: 'ai_training', type: 'added' }),
    );

    const md = await grab('Markdown');
    expect(md.name).toMatch(/-history-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toMatch(/^# History of Privacy Policy/);
    expect(md.text).toMatch(/AI \/ machine-learning training/);

    const csv = await grab('CSV');
    expect(csv.name).toMatch(/-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toContainEqual(
      expect.objectContaining({ effect: 'change', type: 'added', category: 'ai_training', stance_after: 'grant' }),
    );
    expect(rows.find((r) => r.category === 'ai_training')?.after).toContain('train our artificial intelligence');
    expect(await history.textContent('[role="status"]')).toContain('Document history exported.');
    await history.close();
  });
});

describe('exports from the popup', () => {
  it('downloads JSON, CSV and Markdown with the flagged clauses', async () => {
    const url = server.url('/legal/privacy-policy');
    const page = await browser.ctx.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    const popup = await openPopupFor(browser, tabId);
    await popup.waitForSelector('button[data-export="json"]');

    const grab = async (format: string): Promise<{ name: string; text: string }> => {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.click(`button[data-export="${format}"]`),
      ]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };

    const json = await grab('json');
    expect(json.name).toMatch(/^termwatch-127\.0\.0\.1-privacy-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(json.text) as {
      schemaVersion: number;
      clauses: Array<{ category: string; stance: string; text: string }>;
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.clauses).toContainEqual(expect.objectContaining({ category: 'ai_training', stance: 'grant' }));

    const csv = await grab('csv');
    const rows = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows.some((r) => Object.values(r).some((v) => v.includes('train our artificial intelligence')))).toBe(true);

    const md = await grab('md');
    expect(md.text).toMatch(/^#/);
    expect(md.text).toContain('train our artificial intelligence');
    await popup.close();
    await page.close();
  });
});
