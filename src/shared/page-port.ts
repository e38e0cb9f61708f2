// page-extracted travels over a port, its text in parts: runtime messages are serialised in one go on the sender's
// thread, and for a long page (a megabyte of text is two, as UTF-16) that one serialisation blocked the page's main
// thread for tens of milliseconds. Each part is posted in a task of its own, with the page's tasks in between. The
// background assembles the parts and hands the payload to the same handler, checks and all, as any message.
import browser, { type Runtime } from 'webextension-polyfill';
import { PAGE_BOUNDS } from '../core/bounds';
import type { PageExtractedPayload, PageExtractedReply } from './messages';

export const PAGE_PORT = 'termwatch-page-extracted';

/** Characters of text per part (a quarter of a megabyte as UTF-16). */
const PART_CHARS = 128 * 1024;

type PortMessage = { part: 'head'; payload: PageExtractedPayload } | { part: 'text'; chunk: string } | { part: 'end' };
type PortReply = { value: PageExtractedReply } | { error: string };

/** Content script: sends page-extracted in parts, calling `pause` before each (the head too), and resolves with the background's reply. */
export function sendPageExtracted(
  payload: PageExtractedPayload,
  pause: () => Promise<void>,
): Promise<PageExtractedReply> {
  const port = browser.runtime.connect({ name: PAGE_PORT });
  return new Promise((resolve, reject) => {
    let answered = false;
    port.onMessage.addListener((message: unknown) => {
      answered = true;
      port.disconnect();
      const reply = message as PortReply;
      if ('value' in reply) resolve(reply.value);
      else reject(new Error(reply.error));
    });
    port.onDisconnect.addListener(() => {
      if (!answered) reject(new Error('No answer from Termwatch (the extension may have been reloaded).'));
    });
    const { text } = payload.document;
    const send = async (): Promise<void> => {
      // The head (the clauses, packed) is serialised in a task of its own too, not after the work that packed them.
      await pause();
      port.postMessage({
        part: 'head',
        payload: { ...payload, document: { ...payload.document, text: '' } },
      } satisfies PortMessage);
      for (let at = 0; at < text.length; at += PART_CHARS) {
        await pause();
        port.postMessage({ part: 'text', chunk: text.slice(at, at + PART_CHARS) } satisfies PortMessage);
      }
      port.postMessage({ part: 'end' } satisfies PortMessage);
    };
    send().catch((err: unknown) => {
      answered = true;
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
}

/**
 * Background: assembles page-extracted from its parts and answers with `handle`'s reply. `accept` is the sender check
 * every message passes; a port from anyone else, or parts out of order, are dropped. Text past the bound the
 * background keeps anyway (PAGE_BOUNDS.text) is not accumulated.
 */
export function listenForPageExtracted(
  handle: (payload: unknown, sender: Runtime.MessageSender) => Promise<PageExtractedReply>,
  accept: (type: string, sender: Runtime.MessageSender) => boolean,
): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== PAGE_PORT) return;
    const sender = port.sender;
    if (!sender || !accept('page-extracted', sender)) {
      port.disconnect();
      return;
    }
    let head: Record<string, unknown> | null = null;
    const chunks: string[] = [];
    let size = 0;
    port.onMessage.addListener((message: unknown) => {
      const m = message as Partial<{ part: string; payload: unknown; chunk: unknown }> | null;
      if (m?.part === 'head' && head === null && typeof m.payload === 'object' && m.payload !== null) {
        head = m.payload as Record<string, unknown>;
      } else if (m?.part === 'text' && head !== null && typeof m.chunk === 'string') {
        if (size < PAGE_BOUNDS.text) chunks.push(m.chunk);
        size += m.chunk.length;
      } else if (m?.part === 'end' && head !== null) {
        const document =
          typeof head.document === 'object' && head.document !== null
            ? { ...head.document, text: chunks.join('') }
            : head.document;
        void handle({ ...head, document }, sender)
          .then(
            (value) => port.postMessage({ value } satisfies PortReply),
            (err: unknown) =>
              port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies PortReply),
          )
          .catch(() => undefined); // the page may have gone meanwhile
      } else {
        port.disconnect();
      }
    });
  });
}
