// Chrome's service worker posts an analysis to its offscreen document as a client message and gets the reply on the
// MessageChannel sent with it: the request arrives whole (structured clone), the reply comes back on the port, a
// document that never answers is given up after the wait, and a message that is not a job is ignored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findClient,
  jobOf,
  postAnalysis,
  type ClientLike,
  type OffscreenJob,
} from '../../../src/analysis/offscreen-channel';
import { OFFSCREEN_TARGET, type OffscreenReply } from '../../../src/analysis/offscreen-messages';
import { analysisRequest } from '../../../src/analysis/protocol';
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
