// A page's text travels to the background over a port, in parts made while the content script reads the page
// (core/extract: ExtractionStream): the head (url, title, language, detection) as soon as the page's start is read,
// then the clauses in parts of a few hundred, each with its blocks' text, then the end with the number of parts and
// the page's word count. The
// background checks each part as it comes and passes it on to the analysis, which reads part k while the page makes
// part k+1. Each message is posted in a task of its own: a runtime message with a whole long page is serialised in one
// go on the page's main thread, and blocked it for tens of milliseconds.
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageExtractedReply, PageStreamHead, SentPart } from './messages';

export const PAGE_PORT = 'termwatch-page-extracted';

type PortMessage =
  | { part: 'head'; payload: PageStreamHead }
  | { part: 'clauses'; payload: SentPart }
  | { part: 'end'; parts: number; wordCount: number };
type PortReply = { value: PageExtractedReply } | { error: string };

/** Content script: the page's parts on their way; `end` resolves with the background's reply. */
export interface PageSender {
  head(payload: PageStreamHead): void;
  part(payload: SentPart): void;
  end(parts: number, wordCount: number): Promise<PageExtractedReply>;
  /** The page could not be read to the end: the background drops what it started. */
  cancel(): void;
}

export function openPageStream(): PageSender {
  const port = browser.runtime.connect({ name: PAGE_PORT });
  let answered = false;
  const reply = new Promise<PageExtractedReply>((resolve, reject) => {
    port.onMessage.addListener((message: unknown) => {
      answered = true;
      port.disconnect();
      const r = message as PortReply;
      if ('value' in r) resolve(r.value);
      else reject(new Error(r.error));
    });
    port.onDisconnect.addListener(() => {
      if (!answered) reject(new Error('No answer from Termwatch (the extension may have been reloaded).'));
    });
  });
  // Whoever asks for the reply hears of a failure; a refused part ends the stream before that.
  reply.catch(() => undefined);
  const post = (m: PortMessage): void => {
    if (!answered) port.postMessage(m);
  };
  return {
    head: (payload) => post({ part: 'head', payload }),
    part: (payload) => post({ part: 'clauses', payload }),
    end: (parts, wordCount) => {
      post({ part: 'end', parts, wordCount });
      return reply;
    },
    cancel: () => {
      if (answered) return;
      answered = true;
      port.disconnect();
    },
  };
}

/** Background: what it does with one page's stream (background/handlers.ts). Each step throws to refuse the page. */
export interface PageStreamHandler {
  head(raw: unknown): void;
  part(raw: unknown): void;
  end(parts: unknown, wordCount: unknown): Promise<PageExtractedReply>;
  /** The page went away, or the stream was refused: drop what was started. */
  drop(): void;
}

/**
 * Background: hands each port's messages to a handler of its own and answers with its reply. `accept` is the sender
 * check every message passes; a port from anyone else is dropped, and so is a stream whose messages come out of their
 * order (head, parts, end) or that the handler refuses, with the refusal as the answer.
 */
export function listenForPageExtracted(
  open: (sender: Runtime.MessageSender) => PageStreamHandler,
  accept: (type: string, sender: Runtime.MessageSender) => boolean,
): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== PAGE_PORT) return;
    const sender = port.sender;
    if (!sender || !accept('page-extracted', sender)) {
      port.disconnect();
      return;
    }
    const handler = open(sender);
    let stage: 'head' | 'parts' | 'ended' = 'head';
    const answer = (r: PortReply): void => {
      try {
        port.postMessage(r);
      } catch {
        /* the page has gone meanwhile */
      }
    };
    const refuse = (err: unknown): void => {
      stage = 'ended';
      handler.drop();
      answer({ error: err instanceof Error ? err.message : String(err) });
      port.disconnect();
    };
    port.onDisconnect.addListener(() => {
      if (stage !== 'ended') handler.drop();
      stage = 'ended';
    });
    port.onMessage.addListener((message: unknown) => {
      const m = message as Partial<{ part: string; payload: unknown; parts: unknown; wordCount: unknown }> | null;
      try {
        if (m?.part === 'head' && stage === 'head') {
          handler.head(m.payload);
          stage = 'parts';
        } else if (m?.part === 'clauses' && stage === 'parts') {
          handler.part(m.payload);
        } else if (m?.part === 'end' && stage === 'parts') {
          stage = 'ended';
          void handler.end(m.parts, m.wordCount).then(
            (value) => answer({ value }),
            (err: unknown) => answer({ error: err instanceof Error ? err.message : String(err) }),
          );
        } else if (stage !== 'ended') {
          refuse(new Error('Message refused: the page sent its parts out of order.'));
        }
      } catch (err) {
        refuse(err);
      }
    });
  });
}
