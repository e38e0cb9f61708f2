// Who may send what. Content-script messages must come from a tab of ours and speak only for the page they run in;
// popup/options messages must come from an extension page.
import browser, { type Runtime } from 'webextension-polyfill';

const CONTENT_TYPES = new Set(['page-detected', 'page-analysed', 'page-failed']);

export function isOwnExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return isOwnExtension(sender) && typeof sender.url === 'string' && sender.url.startsWith(base);
}

export function isContentScript(sender: Runtime.MessageSender): boolean {
  return isOwnExtension(sender) && typeof sender.tab?.id === 'number' && !isExtensionPage(sender);
}

/** A content script may only report about the document it runs in (same origin and path as its frame). */
export function speaksForItsPage(sender: Runtime.MessageSender, claimedUrl: string): boolean {
  const actual = sender.url ?? sender.tab?.url;
  if (!actual) return false;
  try {
    const a = new URL(actual);
    const c = new URL(claimedUrl);
    return a.origin === c.origin && a.pathname === c.pathname;
  } catch {
    return false;
  }
}

export function senderAllowedFor(type: string, sender: Runtime.MessageSender): boolean {
  return CONTENT_TYPES.has(type) ? isContentScript(sender) : isExtensionPage(sender);
}
