// A tiny messaging shim for the always-on detector script. It runs on every page, so it skips
// webextension-polyfill (~10 KB) and uses the promise-returning runtime API that both Chromium (MV3) and Firefox
// provide natively: `browser` in Firefox, `chrome` in Chromium (feature-detected, never browser-sniffed).
import type { BackgroundProtocol, PayloadOf, ReplyOf } from '../shared/messages';

interface MinimalRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown>; id?: string };
}

function runtimeApi(): MinimalRuntime | null {
  const g = globalThis as { browser?: MinimalRuntime; chrome?: MinimalRuntime };
  return g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : null;
}

export async function leanSend<K extends keyof BackgroundProtocol>(
  type: K,
  payload: PayloadOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K> | null> {
  const api = runtimeApi();
  if (!api) return null; // extension reloaded or uninstalled: this orphaned script stays quiet
  try {
    const reply = (await api.runtime.sendMessage({ type, payload })) as { value?: unknown; error?: string } | undefined;
    return reply && !reply.error ? (reply.value as ReplyOf<BackgroundProtocol, K>) : null;
  } catch {
    return null;
  }
}
