// A minimal WebDriver BiDi client for Firefox ESR (Playwright's Firefox mode does not work with ESR here; see
// ../shared/RECIPES.md). Starts a headless Firefox with a fresh profile and speaks BiDi over `ws`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/** The Firefox ESR the browser tests launch, and the extension's id in its Firefox build (manifest gecko id). */
export const FIREFOX = process.env.TERMWATCH_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'termwatch@termwatch.dev';

/** `fn`'s first truthy value, asked every 250 ms (a throw counts as not yet), or an error after `timeoutMs`. */
export async function poll<T>(
  fn: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface BidiFirefox {
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
  /** Calls `listener` with the params of every event `method` (subscribe to it first: session.subscribe). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  /** Evaluates an expression in a browsing context and returns its JSON-serialised value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefoxBidi(
  executable: string,
  prefs: Record<string, string | boolean>,
): Promise<BidiFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'termwatch-ff-bidi-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n') + '\n',
  );
  const proc: ChildProcess = spawn(
    executable,
    ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, '--no-remote'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  const wsBase = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not start WebDriver BiDi within 60 s')), 60_000);
    let buffer = '';
    proc.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Firefox exited early (${code})`)));
  });
  const ws = new WebSocket(`${wsBase}/session`);
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners: Array<{ method: string; listener: (params: Record<string, unknown>) => void }> = [];
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as {
      id?: number;
      type: string;
      method?: string;
      params?: Record<string, unknown>;
      result?: unknown;
      error?: string;
      message?: string;
    };
    if (msg.type === 'event') for (const l of listeners) if (l.method === msg.method) l.listener(msg.params ?? {});
    if (msg.id === undefined) return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
    else p.resolve(msg.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  return {
    send,
    on(method, listener) {
      listeners.push({ method, listener });
    },
    async evaluate<T>(context: string, expression: string): Promise<T> {
      const result = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>(
        'script.evaluate',
        {
          expression: `(async () => JSON.stringify(await (${expression})))()`,
          target: { context },
          awaitPromise: true,
        },
      );
      if (result.type === 'exception') throw new Error(`evaluate failed: ${result.exceptionDetails?.text}`);
      const value = result.result?.value;
      return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
    },
    async close() {
      ws.close();
      if (proc.pid) {
        try {
          process.kill(-proc.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
