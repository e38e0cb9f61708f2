// Records every network request in the browser over the Chrome DevTools Protocol, from every target (pages,
// extension pages, the extension's service worker), with the target it came from and its initiator, so a test can
// say which requests the extension made. Uses a second debugging endpoint next to Playwright's pipe.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

export interface RecordedRequest {
  url: string;
  targetType: string;
  targetUrl: string;
  /** Script URLs on the initiator's stack (content scripts show up as chrome-extension://… here). */
  initiatorUrls: string[];
}

export interface CdpRecorder {
  requests: RecordedRequest[];
  attachedTypes: Set<string>;
  close(): void;
}

export async function waitForDevToolsPort(profileDir: string, timeoutMs = 10_000): Promise<string> {
  const file = join(profileDir, 'DevToolsActivePort');
  const started = Date.now();
  while (!existsSync(file)) {
    if (Date.now() - started > timeoutMs)
      throw new Error('Chromium wrote no DevToolsActivePort (was --remote-debugging-port=0 passed?)');
    await new Promise((r) => setTimeout(r, 100));
  }
  const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

function stackUrls(initiator: unknown): string[] {
  const urls: string[] = [];
  let stack = (initiator as { stack?: unknown } | undefined)?.stack as
    { callFrames?: Array<{ url: string }>; parent?: unknown } | undefined;
  while (stack) {
    for (const f of stack.callFrames ?? []) if (f.url) urls.push(f.url);
    stack = stack.parent as typeof stack;
  }
  const direct = (initiator as { url?: string } | undefined)?.url;
  if (direct) urls.push(direct);
  return urls;
}

export async function startCdpRecorder(wsUrl: string): Promise<CdpRecorder> {
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  let nextId = 1;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): void => {
    ws.send(JSON.stringify({ id: nextId++, method, params, ...(sessionId ? { sessionId } : {}) }));
  };
  const sessions = new Map<string, { type: string; url: string; targetId: string }>();
  const recorder: CdpRecorder = { requests: [], attachedTypes: new Set(), close: () => ws.close() };
  // New targets wait until Network is enabled on them, so even their first request is seen.
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { method?: string; params?: Record<string, unknown>; sessionId?: string };
    if (msg.method === 'Target.attachedToTarget') {
      const p = msg.params as { sessionId: string; targetInfo: { type: string; url: string; targetId: string } };
      sessions.set(p.sessionId, { type: p.targetInfo.type, url: p.targetInfo.url, targetId: p.targetInfo.targetId });
      recorder.attachedTypes.add(p.targetInfo.type);
      send('Network.enable', {}, p.sessionId);
      send('Target.setAutoAttach', autoAttach, p.sessionId); // workers and frames inside this target
      send('Runtime.runIfWaitingForDebugger', {}, p.sessionId);
    } else if (msg.method === 'Target.targetInfoChanged') {
      const info = (msg.params as { targetInfo: { targetId: string; url: string } }).targetInfo;
      for (const s of sessions.values()) if (s.targetId === info.targetId) s.url = info.url;
    } else if (msg.method === 'Network.requestWillBeSent' && msg.sessionId) {
      const p = msg.params as { request: { url: string }; initiator: unknown; documentURL?: string };
      const target = sessions.get(msg.sessionId) ?? { type: 'unknown', url: '' };
      // The document the request belongs to is the most precise owner; the target URL covers workers.
      recorder.requests.push({
        url: p.request.url,
        targetType: target.type,
        targetUrl: p.documentURL || target.url,
        initiatorUrls: stackUrls(p.initiator),
      });
    }
  });
  send('Target.setDiscoverTargets', { discover: true });
  send('Target.setAutoAttach', autoAttach);
  await new Promise((r) => setTimeout(r, 300));
  return recorder;
}

/** A request the extension made: from one of its own targets, or started by one of its scripts in a page. */
export function isExtensionRequest(r: RecordedRequest, extensionId: string): boolean {
  const ours = `chrome-extension://${extensionId}/`;
  return r.targetUrl.startsWith(ours) || r.initiatorUrls.some((u) => u.startsWith(ours));
}

/** Requests that leave the browser process (loading the extension's own files is not network). */
export function isNetwork(r: RecordedRequest): boolean {
  return !/^(?:chrome-extension|data|blob|about|chrome):/.test(r.url);
}
