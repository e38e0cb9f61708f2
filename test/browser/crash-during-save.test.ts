// The service worker is killed in the middle of saving a new version: afterwards nothing earlier is lost and
// nothing is half-written (IndexedDB transactions are all-or-nothing, and a save is one transaction), and the next
// visit saves normally. The test stretches the save's transaction (fault injection through the worker's console)
// so that the kill provably lands inside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromiumWithExtension,
  liveWorker,
  startFixtureServer,
  tabIdOf,
  waitForTabHistory,
  waitForTabStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let edition = 1;
const page =
  (): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service — Ledgerly</title></head>
<body><main><h1>Terms of Service</h1><p>Last updated: March ${edition}, 2026</p>
<p>These Terms govern your use of Ledgerly. By using the services you agree to these Terms.</p>
<h2>1. Your content</h2><p>1.1 You grant Ledgerly a perpetual, irrevocable, worldwide, royalty-free licence to use your content.</p>
<p>1.2 Edition ${edition}: we may change these Terms at any time and your continued use means you accept them.</p>
${Array.from({ length: edition }, (_, i) => `<p>1.${i + 3} Clause number ${i + 3} of edition ${edition} about invoices and payments.</p>`).join('\n')}
</main></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;

interface DbSnapshot {
  documents: Array<{ key: string; versionCount: number; latestVersionId: number | null }>;
  versions: Array<{
    id: number;
    documentKey: string;
    hash: string;
    textLength: number;
    clauseCount: number;
    hasAnalysis: boolean;
  }>;
}

async function readDb(): Promise<DbSnapshot> {
  const history: Page = await browser.ctx.newPage();
  await history.goto(`chrome-extension://${browser.extensionId}/history.html`);
  const snapshot = await history.evaluate(
    () =>
      new Promise<DbSnapshot>((resolve, reject) => {
        const open = indexedDB.open('termwatch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['documents', 'versions'], 'readonly');
          const docs = tx.objectStore('documents').getAll();
          const versions = tx.objectStore('versions').getAll();
          tx.oncomplete = () => {
            resolve({
              documents: docs.result.map(
                (d: { key: string; versionCount: number; latestVersionId: number | null }) => ({
                  key: d.key,
                  versionCount: d.versionCount,
                  latestVersionId: d.latestVersionId,
                }),
              ),
              // Clauses are stored as offsets into the text (three numbers each) or, for foreign ones, whole.
              versions: versions.result.map(
                (v: {
                  id: number;
                  documentKey: string;
                  hash: string;
                  text: string;
                  clauses: { spans?: number[]; list?: unknown[] };
                  analysis?: unknown;
                }) => ({
                  id: v.id,
                  documentKey: v.documentKey,
                  hash: v.hash,
                  textLength: v.text.length,
                  clauseCount: v.clauses.spans ? v.clauses.spans.length / 3 : (v.clauses.list?.length ?? 0),
                  hasAnalysis: !!v.analysis,
                }),
              ),
            });
            open.result.close();
          };
        };
      }),
  );
  await history.close();
  return snapshot;
}

function expectConsistent(db: DbSnapshot): void {
  for (const doc of db.documents) {
    const versions = db.versions.filter((v) => v.documentKey === doc.key);
    expect(doc.versionCount).toBe(versions.length);
    expect(versions.map((v) => v.id)).toContain(doc.latestVersionId);
  }
  for (const v of db.versions) {
    expect(db.documents.map((d) => d.key)).toContain(v.documentKey);
    expect(v.textLength).toBeGreaterThan(0);
    expect(v.clauseCount).toBeGreaterThan(0);
    expect(v.hasAnalysis).toBe(true);
  }
}

beforeAll(async () => {
  server = await startFixtureServer([
    (req, res) => {
      if (req.url !== '/terms') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page());
      return true;
    },
  ]);
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('killing the service worker during a save', () => {
  it('loses nothing and leaves nothing half-written', async () => {
    const url = server.url('/terms');
    const tab = await browser.ctx.newPage();
    await tab.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForTabStatus(browser, tabId, ['analysed']);
    await waitForTabHistory(browser, tabId);
    const before = await readDb();
    expect(before.versions).toHaveLength(1);

    // Fault injection: the worker's next put() into 'versions' raises a flag and keeps its transaction busy for 3 s,
    // so the kill below lands inside the save's transaction.
    const worker = await liveWorker(browser);
    await worker.evaluate(() => {
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          const request = original.apply(this, args);
          if (this.name === 'versions') {
            (globalThis as { twSaveInProgress?: boolean }).twSaveInProgress = true;
            const until = Date.now() + 3000;
            const keepBusy = (): void => {
              if (Date.now() < until) this.count().onsuccess = keepBusy;
            };
            keepBusy();
          }
          return request;
        } as IDBObjectStore['put'];
      }
    });
    edition = 2;
    await tab.reload();
    await expect
      .poll(() => worker.evaluate(() => (globalThis as { twSaveInProgress?: boolean }).twSaveInProgress === true), {
        timeout: 20_000,
        interval: 20,
      })
      .toBe(true);
    const cdp = await browser.ctx.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 500));

    const afterKill = await readDb();
    expectConsistent(afterKill);
    expect(afterKill.versions).toEqual(before.versions); // the earlier version intact, the interrupted one absent
    expect(afterKill.documents).toEqual(before.documents);

    // A later visit (the worker restarts on the next event) saves normally.
    edition = 3;
    await tab.reload();
    await expect.poll(async () => (await readDb()).versions.length, { timeout: 20_000 }).toBe(2);
    expectConsistent(await readDb());
    await tab.close();
  }, 60_000);
});
