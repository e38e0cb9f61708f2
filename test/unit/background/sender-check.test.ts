// Who may say what: content scripts speak only for their own origin; popup messages only from extension pages.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` } },
}));
const { senderAllowedFor, speaksForItsPage } = await import('../../../src/background/sender-check');

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const contentSender = { id: 'termwatch-id', tab, url: 'https://zoom.us/terms', frameId: 0 };
const popupSender = { id: 'termwatch-id', url: 'chrome-extension://termwatch-id/popup.html' };

describe('sender checks', () => {
  it.each([
    ['page-extracted', contentSender, true],
    ['page-extracted', popupSender, false],
    ['page-extracted', { ...contentSender, id: 'another-extension' }, false],
    ['highlights-failed', contentSender, true],
    ['highlights-failed', popupSender, false],
    ['get-tab-state', popupSender, true],
    ['get-tab-state', contentSender, false],
    ['analyse-tab', { ...popupSender, url: 'https://evil.example/popup.html' }, false],
  ] as const)('%s from %o → %s', (type, sender, allowed) => {
    expect(senderAllowedFor(type, sender as never)).toBe(allowed);
  });

  it('lets a page report only URLs of its own origin (pushState cannot change the origin)', () => {
    expect(speaksForItsPage(contentSender as never, 'https://zoom.us/privacy')).toBe(true);
    expect(speaksForItsPage(contentSender as never, 'https://evil.example/terms')).toBe(false);
    expect(speaksForItsPage(contentSender as never, 'http://zoom.us/terms')).toBe(false);
    expect(speaksForItsPage({ id: 'termwatch-id' } as never, 'https://zoom.us/terms')).toBe(false);
  });
});
