// Launchers for the benchmark sides that test/browser/harness.ts does not provide: plain Chromium (no extension)
// and Chromium with a patched copy of dist/chrome. Same binary, headless mode, persistent profile, viewport and
// flags as launchChromiumWithExtension in the harness (keep them in step), so only the extension differs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, type ExtensionBrowser } from '../../../test/browser/harness';

const FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PlainBrowser {
  ctx: BrowserContext;
  close(): Promise<void>;
}

async function launch(extensionDir: string | null): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'termwatch-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS] : FLAGS,
  });
  return { ctx, profile };
}

export async function launchPlainChromium(): Promise<PlainBrowser> {
  const { ctx, profile } = await launch(null);
  return {
    ctx,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * dist/chrome copied unchanged except that its content scripts skip URLs whose path starts with /without/.
 * One browser then loads the same page with and without the content script, so the two sides share the process,
 * profile, service worker and caches: the only difference is the content script (see the bench README text).
 */
export async function launchWithExcludedPath(): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'termwatch-bench-ext-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ exclude_matches?: string[] }> };
  for (const cs of manifest.content_scripts) cs.exclude_matches = [...(cs.exclude_matches ?? []), '*://*/without/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const { ctx, profile } = await launch(dir);
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    ctx,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
