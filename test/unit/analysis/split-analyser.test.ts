// Two workers analyse a long page's halves at once (src/analysis/split-analyser.ts). That is only right while the
// analyser reads each clause on its own: the findings of consecutive runs of clauses, joined, must be the findings of
// the whole. Checked here on real documents, split at a third and at two thirds, so a change to the analyser that
// makes one clause's findings depend on another's fails here rather than silently changing what a long page shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClauses, type AnalyzeOptions } from '../../../src/core/analyze';
import { findFirstParty } from '../../../src/core/analyze/first-party';
import { extractDocument } from '../../../src/core/extract';
import { parseSource } from '../../../src/cli/source';
import {
  analysisRequest,
  requestClauses,
  type AnalysisOutput,
  type AnalysisRequest,
} from '../../../src/analysis/protocol';
import { SplitAnalyser, splitClauses, type Analyser } from '../../../src/analysis/split-analyser';
import type { Clause } from '../../../src/core/types';

const TERMS = join(__dirname, '..', '..', 'fixtures', 'terms');
const FILES = ['zoom-tos-2023-03-31.md', 'tumblr-tos-2026-07-15-snapshot.md'];

interface Read {
  clauses: Clause[];
  text: string;
  options: AnalyzeOptions;
}
const cache = new Map<string, Read>();

function read(file: string): Read {
  let r = cache.get(file);
  if (!r) {
    const { doc, url } = parseSource(readFileSync(join(TERMS, file), 'utf8'), file);
    const { document } = extractDocument(doc, url);
    r = {
      clauses: document.clauses,
      text: document.text,
      options: { lang: document.lang, sensitivity: 'every', firstParty: findFirstParty(document) },
    };
    cache.set(file, r);
  }
  return r;
}

/** The analyser itself, as a worker would run it (the summary stays behind, as in analysis/worker-entry.ts). */
const inProcess = (): Analyser & { requests: AnalysisRequest[] } => {
  const requests: AnalysisRequest[] = [];
  return {
    requests,
    warm: () => undefined,
    async analyse(request) {
      requests.push(request);
      const { summary: _summary, ...output } = analyzeClauses(requestClauses(request), request.options);
      return output;
    },
  };
};

describe('the analyser reads each clause on its own', () => {
  it.each(FILES)('%s: the findings of two runs of clauses, joined, are those of the whole', (file) => {
    const { clauses, options } = read(file);
    const whole = analyzeClauses(clauses, options).findings;
    expect(whole.length).toBeGreaterThan(0);
    for (const part of [1 / 3, 2 / 3]) {
      const at = Math.round(clauses.length * part);
      const joined = [
        ...analyzeClauses(clauses.slice(0, at), options).findings,
        ...analyzeClauses(clauses.slice(at), options).findings,
      ];
      expect(joined).toEqual(whole);
    }
  });
});

describe('splitClauses', () => {
  const clauses = read(FILES[0]!).clauses;

  it('cuts the clauses into contiguous runs of about equal text, in order', () => {
    const runs = splitClauses(clauses, 2);
    expect(runs).toHaveLength(2);
    expect(runs.flat()).toEqual(clauses);
    const [a, b] = runs.map((r) => r.reduce((n, c) => n + c.text.length, 0));
    const longest = Math.max(...clauses.map((c) => c.text.length));
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(longest);
  });

  it('makes no empty run', () => {
    expect(splitClauses(clauses.slice(0, 1), 2)).toEqual([clauses.slice(0, 1)]);
    expect(splitClauses([], 2)).toEqual([]);
  });
});

describe('SplitAnalyser', () => {
  it('gives a long page to two workers at once and the same findings as one worker', async () => {
    const { clauses, text, options } = read(FILES[0]!);
    const request = analysisRequest(clauses, options, text);
    const single = await inProcess().analyse(request);
    const workers = [inProcess(), inProcess()];
    const split: AnalysisOutput = await new SplitAnalyser(workers, 1_000).analyse(request);
    expect(split).toEqual(single);
    expect(workers.map((w) => w.requests.length)).toEqual([1, 1]);
  });

  it('gives a short page to one worker', async () => {
    const { clauses, text, options } = read(FILES[0]!);
    const workers = [inProcess(), inProcess()];
    await new SplitAnalyser(workers, text.length + 1).analyse(analysisRequest(clauses, options, text));
    expect(workers.map((w) => w.requests.length)).toEqual([1, 0]);
  });

  it('fails as a whole when a part fails (the watchdog of one part, a crashed worker)', async () => {
    const { clauses, text, options } = read(FILES[0]!);
    const failing: Analyser = { warm: () => undefined, analyse: () => Promise.reject(new Error('boom')) };
    await expect(
      new SplitAnalyser([inProcess(), failing], 1_000).analyse(analysisRequest(clauses, options, text)),
    ).rejects.toThrow('boom');
  });

  it('warms only the first worker (a short page never needs the others)', () => {
    const warmed: number[] = [];
    const counting = (i: number): Analyser => ({
      warm: () => void warmed.push(i),
      analyse: () => Promise.reject(new Error('unused')),
    });
    new SplitAnalyser([counting(0), counting(1)]).warm();
    expect(warmed).toEqual([0]);
  });
});
