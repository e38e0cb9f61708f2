// Chrome's service worker posts an analysis to its offscreen document as a client message and gets the reply on the
// MessageChannel sent with it: the request arrives whole (structured clone), the reply comes back on the port, a
// document that never answers is given up after the wait, and a message that is not a job is ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findClient,
  jobOf,
  openStream,
  postAnalysis,
  relayStream,
  STREAM_ALIVE_MS,
  STREAM_SILENCE_MS,
  type ClientLike,
  type OffscreenJob,
  type OffscreenStreamMessage,
  type StreamPortLike,
} from '../../../src/analysis/offscreen-channel';
import { ANALYSIS_BUDGET_MS } from '../../../src/analysis/budget';
import { OFFSCREEN_TARGET, type OffscreenReply } from '../../../src/analysis/offscreen-messages';
import { analysisRequest, type AnalysisStream, type StreamPart } from '../../../src/analysis/protocol';
import { textToClauses } from '../../../src/core/analyze/plain-text';

const TEXT = 'We may use your content to train our models.\nYou can delete your account at any time.';
const request = analysisRequest(textToClauses(TEXT), { lang: 'en', sensitivity: 'every' }, TEXT);
const REPLY: OffscreenReply = { ok: true, output: { analyserVersion: 'x', languageSupported: true, findings: [] } };

/** A document that answers each job the way the offscreen document does (jobOf, then the reply port). */
function documentClient(answer: ((job: OffscreenJob) => OffscreenReply) | null, seen: OffscreenJob[] = []): ClientLike {
  return {
    url: 'chrome-extension://id/offscreen.html',
    postMessage(message, transfer) {
      // As the browser delivers it: a structured clone, the transferred port beside it.
      const data = structuredClone(message) as OffscreenJob;
      const job = jobOf(data, transfer as MessagePort[]);
      if (!job) return;
      seen.push(data);
      if (answer) job.reply.postMessage(answer(data));
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('postAnalysis', () => {
  it('delivers the whole request and resolves with the reply from the port', async () => {
    const seen: OffscreenJob[] = [];
    const reply = await postAnalysis(
      documentClient(() => REPLY, seen),
      request,
      5_000,
    );
    expect(reply).toEqual(REPLY);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.request).toEqual(request);
    expect(seen[0]!.target).toBe(OFFSCREEN_TARGET);
  });

  it('gives up on a document that never answers', async () => {
    await expect(postAnalysis(documentClient(null), request, 50)).rejects.toThrow(/did not answer/);
  });
});

describe('jobOf', () => {
  it('reads only a job with its reply port', () => {
    const { port1 } = new MessageChannel();
    const job: OffscreenJob = { target: OFFSCREEN_TARGET, type: 'analyse', request };
    expect(jobOf(job, [port1])?.request).toBe(request);
    expect(jobOf(job, [])).toBeNull();
    expect(jobOf({ ...job, target: 'someone-else' }, [port1])).toBeNull();
    expect(jobOf({ ...job, type: 'warm' }, [port1])).toBeNull();
    expect(jobOf({ target: OFFSCREEN_TARGET, type: 'analyse' }, [port1])).toBeNull();
    expect(jobOf(null, [port1])).toBeNull();
    port1.close();
  });
});

describe('findClient', () => {
  it('finds the document by its URL among all window clients, controlled or not', async () => {
    const doc = documentClient(null);
    const matchAll = vi.fn(async () => [{ url: 'chrome-extension://id/popup.html', postMessage() {} }, doc]);
    expect(await findClient({ matchAll }, doc.url)).toBe(doc);
    expect(matchAll).toHaveBeenCalledWith({ includeUncontrolled: true, type: 'window' });
    expect(await findClient({ matchAll }, 'chrome-extension://id/other.html')).toBeNull();
  });
});

describe('relayStream (the offscreen side of a streamed page)', () => {
  /** A port whose messages the test delivers itself, and an analysis that records what reaches it. */
  function relay() {
    const port: StreamPortLike & { closed: boolean; replies: OffscreenReply[] } = {
      onmessage: null,
      closed: false,
      replies: [],
      postMessage(reply) {
        this.replies.push(reply);
      },
      close() {
        this.closed = true;
      },
    };
    const seen: string[] = [];
    const analysis: AnalysisStream = {
      add: (part) => seen.push(`part ${part.seq}`),
      end: (parts) => {
        seen.push(`end ${parts}`);
        return Promise.resolve({ analyserVersion: 'x', languageSupported: true, findings: [] });
      },
      cancel: () => seen.push('cancel'),
    };
    relayStream(port, analysis, (output) => output.then((o): OffscreenReply => ({ ok: true, output: o })));
    const send = (data: OffscreenStreamMessage): void => port.onmessage?.({ data });
    return { port, seen, send };
  }
  const part = (seq: number): StreamPart => ({ seq, base: { clause: 0, block: 0 }, text: '', clauses: [] as never });

  it('drops a stream whose service worker went silent before its end, long before the budget', async () => {
    vi.useFakeTimers();
    const { port, seen, send } = relay();
    send({ kind: 'part', part: part(0) });
    await vi.advanceTimersByTimeAsync(STREAM_SILENCE_MS - 1);
    expect(seen).toEqual(['part 0']);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['part 0', 'cancel']);
    expect(port.closed).toBe(true);
    expect(STREAM_SILENCE_MS).toBeLessThan(ANALYSIS_BUDGET_MS);
    // Said on the port, so that the service worker's end fails at once instead of after its whole wait.
    expect(port.replies).toEqual([expect.objectContaining({ ok: false, error: 'The analysis stream was dropped.' })]);
  });

  it('keeps a stream whose service worker says it is alive while the page reads, and answers its end', async () => {
    vi.useFakeTimers();
    const { port, seen, send } = relay();
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(STREAM_ALIVE_MS);
      send({ kind: 'alive' });
    }
    send({ kind: 'part', part: part(0) });
    send({ kind: 'end', parts: 1 });
    await vi.advanceTimersByTimeAsync(STREAM_SILENCE_MS * 2);
    expect(seen).toEqual(['part 0', 'end 1']);
    expect(port.replies).toEqual([REPLY]);
    expect(port.closed).toBe(true);
  });

  it('is told the service worker is alive while a stream is open, and no more after its end', async () => {
    vi.useFakeTimers();
    const posted: string[] = [];
    const client: ClientLike = {
      url: 'u',
      postMessage(_m, transfer) {
        (transfer[0] as MessagePort).onmessage = ({ data }: MessageEvent<OffscreenStreamMessage>) => {
          posted.push(data.kind);
        };
      },
    };
    const stream = openStream(Promise.resolve(client), { lang: 'en', sensitivity: 'every' }, 60_000);
    await vi.advanceTimersByTimeAsync(STREAM_ALIVE_MS * 3 + 10);
    await vi.waitFor(() => expect(posted.filter((k) => k === 'alive').length).toBe(3));
    stream.cancel();
    await vi.advanceTimersByTimeAsync(STREAM_ALIVE_MS * 3);
    expect(posted.filter((k) => k === 'alive').length).toBe(3);
  });
});
