// How Chrome's service worker hands an analysis to its offscreen document: posted to the document as one of the
// worker's clients (structured clone, as between a page and its Worker), answered on a MessageChannel sent with it.
// A runtime message is serialised to JSON and passed through the browser process: on the 1 MB bench page that one
// message took 250–565 ms from the service worker to the offscreen document, the client message 120–290 ms (both on
// a 2-core machine at load 4–6). Only a service worker of the extension's
// own origin can post to the document's `navigator.serviceWorker`, so no page or other extension can reach it.
import type { AnalyzeOptions } from '../core/analyze';
import {
  AnalysisTimeout,
  type AnalysisOutput,
  type AnalysisRequest,
  type AnalysisStream,
  type StreamPart,
} from './protocol';
import { OFFSCREEN_TARGET, type OffscreenReply } from './offscreen-messages';

/** What the service worker posts; the reply comes on the port transferred with it. */
export interface OffscreenJob {
  target: typeof OFFSCREEN_TARGET;
  type: 'analyse';
  request: AnalysisRequest;
}

/**
 * A streamed analysis (protocol.ts AnalysisStream): opened with the options and a port; the parts, the end and the
 * reply go over that port, in order.
 */
export interface OffscreenStreamOpen {
  target: typeof OFFSCREEN_TARGET;
  type: 'stream';
  options: AnalyzeOptions;
}

/** Service worker → offscreen document over a stream's port (`alive`: see STREAM_ALIVE_MS). */
export type OffscreenStreamMessage =
  { kind: 'part'; part: StreamPart } | { kind: 'end'; parts: number } | { kind: 'cancel' } | { kind: 'alive' };

/**
 * Until it has sent the end, the service worker says every STREAM_ALIVE_MS that it is still there: a port gives no
 * sign when its other end is gone, and a stream whose service worker was stopped mid-page would otherwise hold the
 * worker (and every other tab's job queued behind it) until the watchdog's whole budget ran out. The document drops a
 * stream it has heard nothing of for STREAM_SILENCE_MS.
 */
export const STREAM_ALIVE_MS = 1_000;
export const STREAM_SILENCE_MS = 5_000;

/** The part of a service worker's Client used here. */
export interface ClientLike {
  url: string;
  postMessage(message: OffscreenJob | OffscreenStreamOpen, transfer: Transferable[]): void;
}

/** The part of a service worker's `clients` used here. */
export interface ClientsLike {
  matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly ClientLike[]>;
}

/** The offscreen document among the worker's clients (`url`: its full URL), or null while it is not listed. */
export async function findClient(clients: ClientsLike, url: string): Promise<ClientLike | null> {
  const all = await clients.matchAll({ includeUncontrolled: true, type: 'window' });
  return all.find((c) => c.url === url) ?? null;
}

/**
 * Service worker: posts the request and resolves with the document's reply. `waitMs` bounds the wait for a document
 * that closed or crashed meanwhile (the watchdog sits in the document and answers a runaway analysis itself).
 */
export function postAnalysis(client: ClientLike, request: AnalysisRequest, waitMs: number): Promise<OffscreenReply> {
  const channel = new MessageChannel();
  return new Promise<OffscreenReply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The analysis page did not answer.')), waitMs);
    channel.port1.onmessage = ({ data }: MessageEvent<OffscreenReply>) => {
      clearTimeout(timer);
      resolve(data);
    };
    client.postMessage({ target: OFFSCREEN_TARGET, type: 'analyse', request }, [channel.port2]);
  }).finally(() => channel.port1.close());
}

/** Offscreen document: the job in a message from the service worker, or null for anything else. */
export function jobOf(
  data: unknown,
  ports: readonly MessagePort[],
): { request: AnalysisRequest; reply: MessagePort } | null {
  const m = data as Partial<OffscreenJob> | null;
  const reply = ports[0];
  if (!reply || typeof m !== 'object' || m === null || m.target !== OFFSCREEN_TARGET || m.type !== 'analyse')
    return null;
  if (typeof m.request !== 'object' || m.request === null) return null;
  return { request: m.request, reply };
}

/**
 * Service worker: a streamed analysis in the offscreen document. Parts posted before the document is found wait in the
 * port, which carries them along when it is transferred. `waitMs` bounds the wait for the answer after the end.
 */
export function openStream(client: Promise<ClientLike>, options: AnalyzeOptions, waitMs: number): AnalysisStream {
  const channel = new MessageChannel();
  const post = (m: OffscreenStreamMessage): void => channel.port1.postMessage(m);
  const answer = new Promise<OffscreenReply>((resolve, reject) => {
    channel.port1.onmessage = ({ data }: MessageEvent<OffscreenReply>) => resolve(data);
    client.then(
      (c) => c.postMessage({ target: OFFSCREEN_TARGET, type: 'stream', options }, [channel.port2]),
      (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
    );
  });
  answer.catch(() => undefined);
  // Not for ever: a stream left without its end or a cancel for `waitMs` after its last part is dropped by the
  // document. Each part moves the limit, so a long page read with pauses keeps its stream.
  let until = Date.now() + waitMs;
  const alive = setInterval(() => {
    if (Date.now() > until) clearInterval(alive);
    else post({ kind: 'alive' });
  }, STREAM_ALIVE_MS);
  return {
    add: (part) => {
      until = Date.now() + waitMs;
      post({ kind: 'part', part });
    },
    end: async (parts): Promise<AnalysisOutput> => {
      clearInterval(alive);
      post({ kind: 'end', parts });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const gone = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('The analysis page did not answer.')), waitMs);
      });
      try {
        const reply = await Promise.race([answer, gone]);
        if (reply.ok) return reply.output;
        throw reply.timeout ? new AnalysisTimeout(reply.budgetMs) : new Error(reply.error);
      } finally {
        clearTimeout(timer);
        channel.port1.close();
      }
    },
    cancel: () => {
      clearInterval(alive);
      post({ kind: 'cancel' });
      channel.port1.close();
    },
  };
}

/** The part of a MessagePort the offscreen side of a stream uses. */
export interface StreamPortLike {
  onmessage: ((e: { data: OffscreenStreamMessage }) => void) | null;
  postMessage(reply: OffscreenReply): void;
  close(): void;
}

/**
 * Offscreen document: passes a stream's parts from the service worker's port on to the analysis and posts the answer
 * back. A stream the service worker has gone silent on before its end (STREAM_SILENCE_MS) is cancelled, so the worker
 * goes on with the next job.
 */
export function relayStream(
  port: StreamPortLike,
  analysis: AnalysisStream,
  replyOf: (output: Promise<AnalysisOutput>) => Promise<OffscreenReply>,
): void {
  let silence: ReturnType<typeof setTimeout> | undefined;
  const drop = (): void => {
    clearTimeout(silence);
    analysis.cancel();
    // Said, so that an end still on its way fails at once rather than after the service worker's whole wait.
    port.postMessage({ ok: false, timeout: false, budgetMs: 0, error: 'The analysis stream was dropped.' });
    port.close();
  };
  const listen = (): void => {
    clearTimeout(silence);
    silence = setTimeout(drop, STREAM_SILENCE_MS);
  };
  listen();
  port.onmessage = ({ data: m }) => {
    if (m.kind === 'alive' || m.kind === 'part') listen();
    if (m.kind === 'part') analysis.add(m.part);
    else if (m.kind === 'end') {
      clearTimeout(silence);
      void replyOf(analysis.end(m.parts)).then((reply) => {
        port.postMessage(reply);
        port.close();
      });
    } else if (m.kind === 'cancel') drop();
  };
}

/** Offscreen document: the options and port of a stream opened by the service worker, or null for anything else. */
export function streamOf(
  data: unknown,
  ports: readonly MessagePort[],
): { options: AnalyzeOptions; port: MessagePort } | null {
  const m = data as Partial<OffscreenStreamOpen> | null;
  const port = ports[0];
  if (!port || typeof m !== 'object' || m === null || m.target !== OFFSCREEN_TARGET || m.type !== 'stream') return null;
  if (typeof m.options !== 'object' || m.options === null) return null;
  return { options: m.options, port };
}
