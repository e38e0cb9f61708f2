// Who may send what. Content-script messages must come from a tab of ours and speak only for the page they run in;
// popup/options messages must come from an extension page.
import browser, { type Runtime } from 'webextension-polyfill';

const CONTENT_TYPES = new Set(['page-detected', 'page-extracted', 'page-failed', 'highlights-failed']);

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

/**
 * A content script may only report about its own document. The check is by origin: after history.pushState the
 * frame's `sender.url` still shows the URL the document was loaded at, while the page may legitimately claim any
 * same-origin URL, and never another origin's.
 */
export function speaksForItsPage(sender: Runtime.MessageSender, claimedUrl: string): boolean {
  const actual = sender.url ?? sender.tab?.url;
  if (!actual) return false;
  try {
    return new URL(actual).origin === new URL(claimedUrl).origin;
  } catch {
    return false;
  }
}

export function senderAllowedFor(type: string, sender: Runtime.MessageSender): boolean {
  return CONTENT_TYPES.has(type) ? isContentScript(sender) : isExtensionPage(sender);
}
