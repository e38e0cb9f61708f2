// A page split over two analysis workers gets exactly the findings one worker gives it, in clause order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { findFirstParty } from '../../../src/core/analyze/first-party';
import { extractDocument } from '../../../src/core/extract';
import { parseSource } from '../../../src/cli/source';
import {
  analysisRequest,
  requestJob,
  type AnalysisOutput,
  type WorkerJob,
  type WorkerReply,
} from '../../../src/analysis/protocol';
import type { WorkerLike } from '../../../src/analysis/worker-client';
import { MAX_WORKERS, MIN_SPLIT_CHARS, splitRanges, workerCount, WorkerPool } from '../../../src/analysis/worker-pool';
import type { AnalyzeOptions } from '../../../src/core/analyze';
import type { Finding } from '../../../src/core/types';
import { unitClause } from '../../support/unit-clause';

/** A fake worker that runs the real analyser, as worker-entry.ts does, and records the ranges it was given. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  readonly ranges: Array<[number, number] | undefined> = [];
  postMessage(job: WorkerJob): void {
    this.ranges.push(job.range);
    setTimeout(() => {
      const { clauses, options } = requestJob(job);
      const { summary: _summary, ...output } = analyzeClauses(clauses, options);
      this.onmessage?.({ data: { id: job.id, ok: true, output } });
    }, 0);
  }
  terminate(): void {}
}

function pool(count: number): { pool: WorkerPool; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const spawn = (): FakeWorker => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  return { pool: new WorkerPool({ spawn, budgetMs: 60_000, idleMs: 60_000, count }), workers };
}

const URL = 'https://explore.zoom.us/en/terms/';
const markdown = readFileSync(join(__dirname, '..', '..', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md'), 'utf8');
const { document } = extractDocument(parseSource(markdown, 'zoom.md').doc, URL);

describe('splitRanges', () => {
  it('covers every clause once, in order, in parts of about equal text', () => {
    const lengths = document.clauses.map((c) => c.text.length);
    const ranges = splitRanges(lengths, 2);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges[0]![1]).toBe(ranges[1]![0]);
    expect(ranges[1]![1]).toBe(lengths.length);
    const text = (r: [number, number]): number => lengths.slice(r[0], r[1]).reduce((n, l) => n + l, 0);
    const total = text([0, lengths.length]);
    expect(Math.abs(text(ranges[0]!) - total / 2)).toBeLessThanOrEqual(Math.max(...lengths));
  });

  it('keeps a short page, a single clause or a single worker whole', () => {
    expect(splitRanges([MIN_SPLIT_CHARS - 1, 0], 2)).toEqual([[0, 2]]);
    expect(splitRanges([MIN_SPLIT_CHARS * 2], 2)).toEqual([[0, 1]]);
    expect(splitRanges([MIN_SPLIT_CHARS, MIN_SPLIT_CHARS], 1)).toEqual([[0, 2]]);
    expect(splitRanges([], 2)).toEqual([[0, 0]]);
  });

  it('never returns an empty part when one clause holds most of the text', () => {
    const ranges = splitRanges([10, MIN_SPLIT_CHARS * 4, 10], 2);
    expect(ranges.every(([from, to]) => to > from)).toBe(true);
    expect(ranges.at(-1)![1]).toBe(3);
  });
});

describe('workerCount', () => {
  it('gives a second worker only with four cores or more, and never more than the maximum', () => {
    expect([undefined, 0, 1, 2, 3, 4, 16].map((cores) => workerCount(cores, 2))).toEqual([1, 1, 1, 1, 1, 2, 2]);
    expect(workerCount(Number.NaN, 2)).toBe(1);
    expect(workerCount(16)).toBe(MAX_WORKERS);
  });
});

describe('WorkerPool', () => {
  const withoutSummary = (options: AnalyzeOptions): AnalysisOutput => {
    const { summary: _summary, ...output } = analyzeClauses(document.clauses, options);
    return output;
  };
  const firstParty = findFirstParty({ title: document.title, text: document.text, url: URL });
  const settings: AnalyzeOptions[] = [
    { lang: document.lang, sensitivity: 'every', firstParty },
    { lang: document.lang, sensitivity: 'normal', firstParty },
    { lang: document.lang, sensitivity: 'high', categories: ['ai_training', 'data_sharing'] },
  ];

  it.each(settings)('over two workers equals one analysis of the whole page (%j)', async (options) => {
    const { pool: two, workers } = pool(2);
    const output = await two.analyse(analysisRequest(document.clauses, options, document.text));
    // It really was split: each worker analysed a part.
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.ranges.length)).toEqual([1, 1]);
    expect(output).toEqual(withoutSummary(options));
    expect(output.findings.length).toBeGreaterThan(0);
    two.dispose();
  });

  it('with one worker sends the request whole', async () => {
    const { pool: one, workers } = pool(1);
    const options: AnalyzeOptions = { sensitivity: 'every' };
    expect(await one.analyse(analysisRequest(document.clauses, options, document.text))).toEqual(
      withoutSummary(options),
    );
    expect(workers.map((w) => w.ranges)).toEqual([[undefined]]);
    one.dispose();
  });
});

describe('WorkerPool: a range that starts inside a section', () => {
  // A section whose first unit names recipients and whose next units name none (GUIDE D13a), between filler sections
  // whose lengths put the split of the page's text in halves (splitRanges) right after that first unit.
  const filler = (from: number, chars: number, heading: string): string[] => {
    const out: string[] = [];
    for (let n = 0; chars > 0; n++) {
      const line = `Filler line ${from + n} of the ${heading} says nothing at all about the weather today.`;
      out.push(chars >= line.length + 40 ? line : 'x'.repeat(Math.max(1, chars - 1)) + '.');
      chars -= out.at(-1)!.length;
    }
    return out;
  };
  const recipients = 'We share your personal information with our service providers and affiliates.';
  const rest = [
    'We rely on standard contractual clauses to transfer your information.',
    'Such information may be transferred to other countries around the world.',
  ];
  const before = filler(0, 30_000, 'introduction');
  const beforeChars = before.reduce((n, l) => n + l.length, 0);
  const restChars = rest.reduce((n, l) => n + l.length, 0);
  const after = filler(before.length, beforeChars + recipients.length - restChars, 'contact section');
  const texts: Array<[string, string[]]> = [
    ...before.map((t): [string, string[]] => [t, ['Introduction']]),
    [recipients, ['International transfers']],
    ...rest.map((t): [string, string[]] => [t, ['International transfers']]),
    ...after.map((t): [string, string[]] => [t, ['Contact']]),
  ];
  const clauses = texts.map(([t, path], i) => unitClause(i, t, path));
  const options: AnalyzeOptions = { lang: 'en', sensitivity: 'every' };
  const at = before.length + 1;
  /** The data_sharing findings shown at the default sensitivity. */
  const sharing = (findings: readonly Finding[]): string[] =>
    findings
      .filter((f) => f.category === 'data_sharing' && f.shownFrom !== 'high')
      .map((f) => `${f.clauseId} ${f.stance}`);

  it('gives the findings of the page analysed whole', async () => {
    const { pool: two, workers } = pool(2);
    const output = await two.analyse(analysisRequest(clauses, options));
    // The second worker's range starts at the first unit that names no recipient.
    expect(workers.map((w) => w.ranges)).toEqual([[[0, at]], [[at, clauses.length]]]);
    const { summary: _summary, ...whole } = analyzeClauses(clauses, options);
    expect(sharing(whole.findings)).toEqual([`c${at - 1} grant`, `c${at} restrict`, `c${at + 1} grant`]);
    expect(output).toEqual(whole);
    two.dispose();
  });

  it('would not, if the range were read without what the clauses before it established', () => {
    const { summary: _summary, ...alone } = analyzeClauses(clauses.slice(at), options);
    expect(sharing(alone.findings)).not.toContain(`c${at} restrict`);
    expect(sharing(alone.findings)).not.toContain(`c${at + 1} grant`);
  });
});
