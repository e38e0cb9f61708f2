// Real-browser test harness: a fixture server on 127.0.0.1 and Debian's Chromium with the built extension loaded.
// Missing browsers or builds make tests FAIL with a clear message, never skip.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.TERMWATCH_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const CHROME_BUILD = join(ROOT, 'dist', 'chrome');
export const FIREFOX_BUILD = join(ROOT, 'dist', 'firefox');
export const ARTIFACTS = join(ROOT, 'artifacts');
const FIXTURE_DIRS = [
  join(ROOT, 'test', 'fixtures', 'browser'),
  join(ROOT, 'test', 'fixtures', 'pages'),
  join(ROOT, 'assets'),
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Requests seen, in order (path + query). */
  log: string[];
  close(): Promise<void>;
}

/** Serves test/fixtures/browser, test/fixtures/pages and assets on 127.0.0.1; `routes` can answer first. */
export async function startFixtureServer(routes: Route[] = []): Promise<FixtureServer> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(req.url ?? '');
    for (const route of routes) if (route(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const dir of FIXTURE_DIRS) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir) || !existsSync(file) || !file.includes('.')) continue;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    log,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is missing: run \`npm run build\` first (npm test does it).`);
}

/** Debian's Chromium, headless, with dist/chrome (or `extensionDir`, a test build) loaded unpacked and a fresh profile. */
export async function launchChromiumWithExtension(
  opts: { extraArgs?: string[]; extensionDir?: string } = {},
): Promise<ExtensionBrowser & { profile: string }> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  const dir = opts.extensionDir ?? CHROME_BUILD;
  assertBuilt(dir);
  const profile = mkdtempSync(join(tmpdir(), 'termwatch-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      // Playwright always adds --disable-extensions; this is what lets ours load (see RECIPES.md).
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      // This machine has no network: keep Chromium from trying Google services at every start.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.extraArgs ?? []),
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // The welcome page opens once installation has run: from then on the worker handles tab events.
  const welcome =
    ctx.pages().find((p) => p.url().endsWith('/welcome.html')) ??
    (await ctx.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 20_000 }));
  await welcome.close();
  return {
    ctx,
    worker,
    extensionId,
    profile,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker may have been restarted; always ask the context for the live one. */
export async function liveWorker(b: ExtensionBrowser): Promise<Worker> {
  return b.ctx.serviceWorkers()[0] ?? (await b.ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
}

export async function tabIdOf(b: ExtensionBrowser, url: string): Promise<number> {
  const worker = await liveWorker(b);
  const id = await worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return (tabs as Array<{ url?: string; id?: number }>).find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab with url ${url}`);
  return id;
}

/** Opens the popup as a tab, pointed at `tabId` through the documented test-only `?tabId=` parameter. */
export async function openPopupFor(b: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Waits until the tab's report carries its history info (ChangeInfo): the background publishes the report first and
 * saves the version after it, so 'analysed' alone does not mean the version is stored yet.
 */
export async function waitForTabHistory(b: ExtensionBrowser, tabId: number, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = await storedTabState<{ status: string; change: unknown }>(b, tabId);
    if (state?.status === 'analysed' && state.change !== null) return;
    if (Date.now() - started > timeoutMs) throw new Error(`tab ${tabId}: its version was never recorded`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The tab's state as the background stored it in storage.session, or null before it stored any. */
export async function storedTabState<T = { status: string }>(b: ExtensionBrowser, tabId: number): Promise<T | null> {
  const worker = await liveWorker(b);
  return worker.evaluate(
    async (id: number) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null) as T | null,
    tabId,
  );
}

/** Waits until the background has a settled state for the tab. */
export async function waitForTabStatus(
  b: ExtensionBrowser,
  tabId: number,
  statuses: string[],
  timeoutMs = 20_000,
): Promise<{ status: string }> {
  const started = Date.now();
  for (;;) {
    const state = await storedTabState(b, tabId);
    if (state && statuses.includes(state.status)) return state;
    if (Date.now() - started > timeoutMs)
      throw new Error(`tab ${tabId} status ${state?.status ?? 'none'} never became ${statuses.join('|')}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
