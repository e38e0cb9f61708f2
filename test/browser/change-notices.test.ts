// The change-notice setting in Options, in Chromium with the built extension: the optional `notifications` permission
// is requested in the click's own task (a user gesture) and is the setting itself; turning it off gives it back.
// Chromium shows its permission prompt as a native dialog that a headless browser cannot answer (the request then
// never settles), so the user's answer is given at the chrome.permissions boundary: an init script records each call,
// whether it ran with user activation, and answers as the test says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, liveWorker, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchChromiumWithExtension();
  await browser.ctx.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/options.html')) return;
    const log: Array<{ call: string; permissions: unknown; gesture: boolean }> = [];
    const state = { granted: false, answer: true };
    Object.assign(globalThis, { __permissionLog: log, __permissionState: state });
    const answer = <T>(value: T, cb?: (v: T) => void): Promise<T> | undefined => {
      if (cb) {
        cb(value);
        return undefined;
      }
      return Promise.resolve(value);
    };
    const p = chrome.permissions as unknown as Record<string, unknown>;
    p.contains = (_req: unknown, cb?: (v: boolean) => void) => answer(state.granted, cb);
    p.request = (req: { permissions?: string[] }, cb?: (v: boolean) => void) => {
      log.push({ call: 'request', permissions: req.permissions, gesture: navigator.userActivation.isActive });
      state.granted = state.granted || state.answer;
      return answer(state.answer, cb);
    };
    p.remove = (req: { permissions?: string[] }, cb?: (v: boolean) => void) => {
      log.push({ call: 'remove', permissions: req.permissions, gesture: navigator.userActivation.isActive });
      state.granted = false;
      return answer(true, cb);
    };
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openOptions(answer: boolean): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate((a) => {
    (globalThis as unknown as { __permissionState: { answer: boolean } }).__permissionState.answer = a;
  }, answer);
  await expect.poll(() => page.locator('#change-notices').isEnabled()).toBe(true);
  return page;
}

const log = (page: Page): Promise<Array<{ call: string; permissions: unknown; gesture: boolean }>> =>
  page.evaluate(() => (globalThis as unknown as { __permissionLog: [] }).__permissionLog);
const status = (page: Page): Promise<string> => page.locator('[role=status]').innerText();

describe('Options: change notices', () => {
  it('the manifest offers notifications as an optional permission only', async () => {
    const worker = await liveWorker(browser);
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.permissions).not.toContain('notifications');
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
  });

  it('turning notices on asks for the permission from the click, and shows them on once granted', async () => {
    const page = await openOptions(true);
    const box = page.locator('#change-notices');
    expect(await box.isChecked()).toBe(false);
    await box.click();
    await expect.poll(() => status(page)).toMatch(/at most one notice per document per day/);
    expect(await box.isChecked()).toBe(true);
    expect(await log(page)).toEqual([{ call: 'request', permissions: ['notifications'], gesture: true }]);

    await box.click();
    await expect.poll(() => status(page)).toMatch(/No notices will be shown/);
    expect(await box.isChecked()).toBe(false);
    expect((await log(page)).at(-1)).toMatchObject({ call: 'remove', permissions: ['notifications'] });
    await page.close();
  });

  it('a refused permission leaves notices off and says so', async () => {
    const page = await openOptions(false);
    const box = page.locator('#change-notices');
    await box.click();
    await expect.poll(() => status(page)).toMatch(/stay off/);
    expect(await box.isChecked()).toBe(false);
    await page.close();
  });
});
