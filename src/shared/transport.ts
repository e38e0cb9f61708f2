// Typed send/receive over runtime messaging. Browser quirks (callbacks vs promises, lastError) live here only,
// behind webextension-polyfill.
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol, ContentProtocol, PayloadOf, ReplyOf } from './messages';

export type Handlers<P> = {
  [K in keyof P]: (payload: PayloadOf<P, K>, sender: Runtime.MessageSender) => Promise<ReplyOf<P, K>> | ReplyOf<P, K>;
};

export { RejectedMessage } from './rejected-message';

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: PayloadOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    { ok?: unknown; error?: string; value?: unknown } | undefined;
  return unwrap(reply) as ReplyOf<BackgroundProtocol, K>;
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: PayloadOf<ContentProtocol, K>,
): Promise<ReplyOf<ContentProtocol, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as
    { error?: string; value?: unknown } | undefined;
  return unwrap(reply) as ReplyOf<ContentProtocol, K>;
}

function unwrap(reply: { error?: string; value?: unknown } | undefined): unknown {
  if (!reply || typeof reply !== 'object')
    throw new Error('No answer from Termwatch (the extension may have been reloaded).');
  if (typeof reply.error === 'string') throw new Error(reply.error);
  return reply.value;
}

/**
 * Registers one listener that dispatches by `type`. `accept` decides, before any handler runs, whether the message's
 * sender may talk to this side at all (see background/sender-check.ts). Unknown types are ignored so other listeners
 * (none today) could answer.
 */
export function listen<P>(
  handlers: Handlers<P>,
  accept: (type: string, sender: Runtime.MessageSender) => boolean,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    if (!accept(type, sender)) return Promise.resolve({ error: 'Message refused: unexpected sender.' });
    const handler = handlers[type as keyof P] as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(payload, sender))
      .then(
        (value) => ({ value }),
        (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
      );
  });
}
