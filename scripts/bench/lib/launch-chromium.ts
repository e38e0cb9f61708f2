// Launchers for the benchmark sides that test/browser/harness.ts does not provide: plain Chromium (no extension)
// and Chromium with a patched copy of dist/chrome. Same binary, headless mode, persistent profile, viewport and
// flags as launchChromiumWithExtension in the harness (keep them in step), so only the extension differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  CHROMIUM,
  launchChromiumWithExtension,
  liveWorker,
  type ExtensionBrowser,
} from '../../../test/browser/harness';

const FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PlainBrowser {
  ctx: BrowserContext;
  /** Its user data dir (lib/thread-cpu.ts finds the browser's process by it). */
  profile: string;
  close(): Promise<void>;
}

async function launch(extensionDir: string | null): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'termwatch-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS]
      : FLAGS,
  });
  return { ctx, profile };
}

export async function launchPlainChromium(): Promise<PlainBrowser> {
  const { ctx, profile } = await launch(null);
  return {
    ctx,
    profile,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The built extension in one browser; the bench marks one of two host names (127.0.0.1, localhost) as an ignored
 * site (a user setting: Termwatch injects nothing there) and swaps them every round. Both sides then share the
 * process, profile, service worker and caches: the only difference is Termwatch's work on the page.
 */
export async function launchWithIgnoredHost(): Promise<ExtensionBrowser> {
  return launchChromiumWithExtension();
}

export async function setIgnoredHost(browser: ExtensionBrowser, host: string): Promise<void> {
  const worker = await liveWorker(browser);
  await worker.evaluate(async (ignored: string) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ignoredSites: [ignored] } });
  }, host);
}
