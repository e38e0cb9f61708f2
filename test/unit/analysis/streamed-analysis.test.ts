// A page streamed in parts (the content script sends its clauses as it reads them, the worker analyses each part as it
// comes) gets exactly the analysis of the page sent whole: the same document, the same options, the same findings in
// the same order. A part lost or out of order fails the analysis; it never yields a shorter report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClauses, type AnalyzeOptions, type SectionBefore } from '../../../src/core/analyze';
import { sectionAfterAll } from '../../../src/core/analyze/section-recipients';
import { findFirstParty } from '../../../src/core/analyze/first-party';
import { packClauses, packClausesSteps } from '../../../src/core/clause-pack';
import {
  extractDocument,
  extractDocumentInSlices,
  FIRST_PART_CHARS,
  partClausesOf,
  type ExtractionHead,
  type ExtractionPart,
} from '../../../src/core/extract';
import { parseSource } from '../../../src/cli/source';
import { partClauses, type StreamPart, type WorkerMessage, type WorkerReply } from '../../../src/analysis/protocol';
import { StreamedAnalysis } from '../../../src/analysis/streamed-analysis';
import { WorkerAnalyser, type WorkerLike } from '../../../src/analysis/worker-client';
import { WorkerPool } from '../../../src/analysis/worker-pool';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const PAGES: Array<[string, string]> = [
  ['terms/zoom-tos-2023-08-07.md', 'https://explore.zoom.us/en/terms/'],
  ['terms/grammarly-privacy-2026-08-15-snapshot.md', 'https://www.grammarly.com/privacy-policy'],
  ['terms/tumblr-tos-2026-07-15-snapshot.md', 'https://www.tumblr.com/policy/en/terms-of-service'],
];

/** A page's document, as a whole and as the streamed head and parts (the parts packed as the content script packs them). */
async function streamed(file: string, url: string, partClauses?: number) {
  const load = () => parseSource(readFileSync(join(FIXTURES, file), 'utf8'), file).doc;
  const whole = extractDocument(load(), url).document;
  // A title, so the head goes first and the clauses in parts (without one it waits for the end).
  const doc = load();
  if (!doc.title) doc.title = 'Terms';
  const titled = extractDocument(doc, url).document;
  let head: ExtractionHead | null = null;
  const parts: ExtractionPart[] = [];
  const sent: StreamPart[] = [];
  const extraction = await extractDocumentInSlices(
    doc,
    url,
    { sliceMs: 1000 },
    {
      ...(partClauses === undefined ? {} : { partClauses }),
      onHead: (h) => {
        head = h;
      },
      *onPart(part) {
        parts.push(part);
        const base = { clause: part.clause, block: part.block };
        sent.push({
          seq: part.seq,
          base,
          text: part.text,
          clauses: yield* packClausesSteps(part.text, part.clauses, base),
        });
      },
    },
  );
  return { whole, titled, extraction: extraction.document, head: head!, parts, sent };
}

function options(doc: { lang: string; title: string; url: string; text: string }): AnalyzeOptions {
  return { lang: doc.lang, sensitivity: 'every', firstParty: findFirstParty(doc) };
}

describe('a page streamed in parts', () => {
  it.each(PAGES)('is the same document and the same analysis as the page sent whole (%s)', async (file, url) => {
    const { whole, titled, extraction, head, parts, sent } = await streamed(file, url, 60);
    expect(parts.length).toBeGreaterThan(2);
    // The stream changes nothing of the extraction, and its parts add up to it.
    expect(extraction).toEqual(titled);
    expect({ ...whole, title: titled.title }).toEqual(titled);
    // The head has what the page's start tells; the word count comes with the end.
    expect(head).toEqual({ url: extraction.url, title: extraction.title, lang: extraction.lang });
    expect(parts.map((p) => p.text).join('\n')).toBe(extraction.text);
    expect(parts.flatMap((p) => p.clauses)).toEqual(extraction.clauses);
    // The first part covers what the options read.
    expect(parts[0]!.text.length).toBeGreaterThanOrEqual(FIRST_PART_CHARS);
    const opts = options({ ...head, text: parts[0]!.text });
    expect(opts).toEqual(options(extraction));
    // Packed and read back per part, the clauses are the page's, ids and blocks included.
    expect(sent.flatMap((p) => partClauses(p))).toEqual(extraction.clauses);
    // Analysed part by part (as the worker does), the findings are those of the whole page, in order.
    const worker = new StreamedAnalysis();
    worker.handle({ id: 1, kind: 'open', options: opts });
    for (const part of sent) expect(worker.handle({ id: 1, kind: 'part', part })).toEqual({ id: 1, done: part.seq });
    const reply = worker.handle({ id: 1, kind: 'end', parts: sent.length });
    const { summary: _summary, ...expected } = analyzeClauses(extraction.clauses, options(extraction));
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(reply).toEqual({ id: 1, ok: true, output: expected });
  });

  it('sends a first part of about FIRST_PART_CHARS, not of a whole part of clauses, so the worker starts early', async () => {
    const { parts, extraction } = await streamed(...PAGES[0]!);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.text.length).toBeGreaterThanOrEqual(FIRST_PART_CHARS);
    // The extractor looks every 2,000 characters or 16 blocks whether a part is due.
    expect(parts[0]!.text.length).toBeLessThan(FIRST_PART_CHARS + 6000);
    expect(parts[0]!.clauses.length).toBeLessThan(extraction.clauses.length / 4);
    // Then short parts (64, 128, 256 clauses), so the worker soon has the next; then PART_CLAUSES.
    const middle = parts.slice(1, -1);
    expect(middle.length).toBeGreaterThanOrEqual(2);
    for (const p of middle) {
      expect(p.clauses.length).toBeGreaterThanOrEqual(partClausesOf(p.seq));
      expect(p.clauses.length).toBeLessThan(partClausesOf(p.seq) + 40);
    }
    expect(parts.map((p) => partClausesOf(p.seq)).slice(1, 6)).toEqual(
      [64, 128, 256, 500, 500].slice(0, parts.length - 1),
    );
  });

  it('fails when a part is lost, comes out of order or the count is wrong', async () => {
    const { head, sent } = await streamed(...PAGES[0]!, 60);
    const opts = options({ ...head, text: sent[0]!.text });
    const run = (parts: StreamPart[], count: number): WorkerReply | null => {
      const worker = new StreamedAnalysis();
      worker.handle({ id: 7, kind: 'open', options: opts });
      for (const part of parts) {
        const r = worker.handle({ id: 7, kind: 'part', part });
        if (r && !('done' in r)) return r;
      }
      return worker.handle({ id: 7, kind: 'end', parts: count });
    };
    expect(run([sent[0]!, sent[2]!], 3)).toMatchObject({ ok: false, error: expect.stringMatching(/part was lost/) });
    expect(run([sent[1]!, sent[0]!], 2)).toMatchObject({ ok: false, error: expect.stringMatching(/part was lost/) });
    expect(run(sent.slice(0, 2), sent.length)).toMatchObject({ ok: false, error: expect.stringMatching(/arrived/) });
  });
});

/** A worker that runs the real streamed analysis, as worker-entry.ts does. */
class StreamWorker implements WorkerLike {
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  readonly seen: string[] = [];
  private readonly streamed = new StreamedAnalysis();
  postMessage(m: WorkerMessage): void {
    this.seen.push(m.kind ?? 'whole');
    if (m.kind === undefined) return;
    setTimeout(() => {
      const reply = this.streamed.handle(m);
      if (reply) this.onmessage?.({ data: reply });
    }, 0);
  }
  terminate(): void {}
}

describe('WorkerAnalyser.open', () => {
  const text = 'We may use your content to train our models.\nWe may sell your personal data to advertisers.';
  const { document } = extractDocument(parseSource(text, 'a.md').doc, 'https://example.com/terms');
  const part = (seq: number): StreamPart => ({
    seq,
    base: { clause: 0, block: 0 },
    text: document.text,
    clauses: packClauses(document.text, document.clauses),
  });
  const opts: AnalyzeOptions = { lang: 'en', sensitivity: 'every' };

  it('posts parts that come before the job starts once it starts, and the rest as they come', async () => {
    const worker = new StreamWorker();
    const host = new WorkerAnalyser({ spawn: () => worker, budgetMs: 60_000, idleMs: 60_000 });
    const first = host.open(opts);
    const second = host.open(opts);
    second.add(part(0));
    first.add(part(0));
    const one = first.end(1);
    const two = second.end(1);
    const [a, b] = await Promise.all([one, two]);
    expect(a).toEqual(b);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(worker.seen).toEqual(['open', 'part', 'end', 'open', 'part', 'end']);
    host.dispose();
  });

  it('rejects a stream cancelled, and goes on with the next job', async () => {
    const worker = new StreamWorker();
    const host = new WorkerAnalyser({ spawn: () => worker, budgetMs: 60_000, idleMs: 60_000 });
    const dropped = host.open(opts);
    const next = host.open(opts);
    dropped.add(part(0));
    dropped.cancel();
    await expect(dropped.end(1)).rejects.toThrow(/cancelled/);
    next.add(part(0));
    await expect(next.end(1)).resolves.toMatchObject({ languageSupported: true });
    expect(worker.seen).toEqual(['open', 'part', 'cancel', 'open', 'part', 'end']);
    host.dispose();
  });

  it('hands the worker one part at a time, so a cancelled stream leaves none queued in it', async () => {
    const worker = new StreamWorker();
    const host = new WorkerAnalyser({ spawn: () => worker, budgetMs: 60_000, idleMs: 60_000 });
    const dropped = host.open(opts);
    for (let seq = 0; seq < 4; seq++) dropped.add(part(seq));
    dropped.cancel();
    const next = host.open(opts);
    next.add(part(0));
    await expect(next.end(1)).resolves.toMatchObject({ languageSupported: true });
    expect(worker.seen).toEqual(['open', 'part', 'cancel', 'open', 'part', 'end']);
    host.dispose();
  });

  it('fails clearly when the parts come out of order', async () => {
    const host = new WorkerAnalyser({ spawn: () => new StreamWorker(), budgetMs: 60_000, idleMs: 60_000 });
    const s = host.open(opts);
    s.add(part(1));
    await expect(s.end(1)).rejects.toThrow(/part was lost/);
    host.dispose();
  });
});

describe('WorkerPool.open: a page streamed over two workers', () => {
  const twoWorkers = (): { pool: WorkerPool; workers: StreamWorker[] } => {
    const workers: StreamWorker[] = [];
    const spawn = (): StreamWorker => {
      const w = new StreamWorker();
      workers.push(w);
      return w;
    };
    return { pool: new WorkerPool({ spawn, budgetMs: 60_000, idleMs: 60_000, count: 2 }), workers };
  };

  it.each(PAGES)('gives the findings of the page analysed whole, in clause order (%s)', async (file, url) => {
    const { extraction, head, sent } = await streamed(file, url, 60);
    const { pool, workers } = twoWorkers();
    const stream = pool.open(options({ ...head, text: sent[0]!.text }));
    for (const part of sent) stream.add(part);
    const output = await stream.end(sent.length);
    const { summary: _summary, ...expected } = analyzeClauses(extraction.clauses, options(extraction));
    expect(output).toEqual(expected);
    // Both workers analysed parts.
    expect(workers.map((w) => w.seen.filter((k) => k === 'part').length)).toEqual([
      Math.ceil(sent.length / 2),
      Math.floor(sent.length / 2),
    ]);
    pool.dispose();
  });

  it('wakes one worker for a page of one part', async () => {
    const { extraction, head, sent } = await streamed(...PAGES[0]!);
    const { pool, workers } = twoWorkers();
    const one = [{ ...sent[0]!, seq: 0 }];
    const stream = pool.open(options({ ...head, text: one[0]!.text }));
    stream.add(one[0]!);
    const output = await stream.end(1);
    expect(workers).toHaveLength(1);
    const clauses = partClauses(one[0]!);
    const { summary: _summary, ...expected } = analyzeClauses(clauses, options({ ...head, text: one[0]!.text }));
    expect(output).toEqual(expected);
    expect(extraction.clauses.length).toBeGreaterThan(clauses.length);
    pool.dispose();
  });

  it('fails when a part is lost, comes out of order or the count is wrong', async () => {
    const { head, sent } = await streamed(...PAGES[0]!, 60);
    const opts = options({ ...head, text: sent[0]!.text });
    const run = (parts: StreamPart[], count: number): Promise<unknown> => {
      const { pool } = twoWorkers();
      const stream = pool.open(opts);
      for (const part of parts) stream.add(part);
      return stream.end(count).finally(() => pool.dispose());
    };
    await expect(run([sent[0]!, sent[2]!], 3)).rejects.toThrow(/part was lost/);
    await expect(run([sent[1]!, sent[0]!], 2)).rejects.toThrow(/part was lost/);
    await expect(run(sent.slice(0, 2), sent.length)).rejects.toThrow(/arrived/);
  });

  it('takes no part after cancel or end, and a cancelled page ends rejected, as one worker does', async () => {
    const { head, sent } = await streamed(...PAGES[0]!, 60);
    const opts = options({ ...head, text: sent[0]!.text });
    const settle = (p: Promise<unknown>): Promise<string> =>
      p.then(
        () => 'resolved',
        (e: Error) => `rejected: ${e.message}`,
      );
    const afterCancel: string[][] = [];
    const afterEnd: string[][] = [];
    const cancelThenEnd: string[] = [];
    for (const count of [1, 2]) {
      const spawned: StreamWorker[] = [];
      const make = (): WorkerPool =>
        new WorkerPool({
          spawn: () => {
            const w = new StreamWorker();
            spawned.push(w);
            return w;
          },
          budgetMs: 60_000,
          idleMs: 60_000,
          count,
        });
      const cancelled = make();
      const a = cancelled.open(opts);
      a.add(sent[0]!);
      a.cancel();
      a.add(sent[1]!);
      await new Promise((r) => setTimeout(r, 20));
      afterCancel.push(spawned.map((w) => w.seen.at(-1) ?? ''));
      cancelled.dispose();

      spawned.length = 0;
      const ended = make();
      const b = ended.open(opts);
      b.add(sent[0]!);
      await b.end(1);
      b.add(sent[1]!);
      await new Promise((r) => setTimeout(r, 20));
      afterEnd.push(spawned.map((w) => w.seen.at(-1) ?? ''));
      ended.dispose();

      const again = make();
      const c = again.open(opts);
      c.cancel();
      cancelThenEnd.push(await settle(c.end(0)));
      again.dispose();
    }
    // No worker is left with a stream opened and never ended or cancelled.
    for (const last of [...afterCancel, ...afterEnd].flat()) expect(['end', 'cancel']).toContain(last);
    expect(cancelThenEnd).toEqual(['rejected: The analysis was cancelled.', 'rejected: The analysis was cancelled.']);
  });
});

describe('a page streamed in parts that part inside a section', () => {
  // The background hands each part what the page's units before it established about its section (GUIDE D13a,
  // StreamPart.before): one part per block here, so every part after the first starts inside a section, and over two
  // workers each sees only every other part.
  const markdown = [
    '# Acme Privacy Policy',
    '## International transfers',
    'We share your personal information with our service providers and affiliates.',
    'We rely on standard contractual clauses to transfer your information.',
    'Such information may be transferred to other countries around the world.',
  ].join('\n\n');
  const { document } = extractDocument(parseSource(markdown, 'acme.md').doc, 'https://example.com/privacy');
  const lines = document.text.split('\n');
  const sent: StreamPart[] = [];
  let before: SectionBefore | undefined;
  let clause = 0;
  for (const [block, text] of lines.entries()) {
    const inside = document.clauses.filter((c) => c.block === block);
    const base = { clause, block };
    sent.push({
      seq: sent.length,
      base,
      text,
      clauses: packClauses(text, inside, base),
      ...(before ? { before } : {}),
    });
    before = sectionAfterAll(before, inside);
    clause += inside.length;
  }
  const opts: AnalyzeOptions = { lang: 'en', sensitivity: 'every' };
  const { summary: _summary, ...whole } = analyzeClauses(document.clauses, opts);

  it('gives the findings of the whole page, over one worker and over two', async () => {
    // The section's recipients make the safeguard a limit on them: found only with the units before it.
    expect(whole.findings.filter((f) => f.rule === 'data_sharing.transfer-safeguard-in-section')).toHaveLength(1);
    const one = new StreamedAnalysis();
    one.handle({ id: 1, kind: 'open', options: opts });
    for (const part of sent) one.handle({ id: 1, kind: 'part', part });
    expect(one.handle({ id: 1, kind: 'end', parts: sent.length })).toEqual({ id: 1, ok: true, output: whole });
    const pool = new WorkerPool({ spawn: () => new StreamWorker(), budgetMs: 60_000, idleMs: 60_000, count: 2 });
    const stream = pool.open(opts);
    for (const part of sent) stream.add(part);
    expect(await stream.end(sent.length)).toEqual(whole);
    pool.dispose();
  });

  it('would not, without what the units before each part established', () => {
    const one = new StreamedAnalysis();
    one.handle({ id: 1, kind: 'open', options: opts });
    for (const { before: _before, ...part } of sent) one.handle({ id: 1, kind: 'part', part });
    expect(one.handle({ id: 1, kind: 'end', parts: sent.length })).not.toEqual({ id: 1, ok: true, output: whole });
  });
});
