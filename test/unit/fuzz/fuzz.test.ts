// Seeded fuzz of bad input at scale through detector, extractor and analyser (and normalise/diff/export on the
// results). Requirements: no exception, bounded work, bounded memory, for every input.
//
// Reproducible: the run seed is printed; TERMWATCH_FUZZ_SEED=<n> replays a run (TERMWATCH_FUZZ_SEED=random picks a
// fresh one) and TERMWATCH_FUZZ_ONLY=<index> regenerates just one input. A failing input is written to
// artifacts/fuzz/ with the error next to it.
//
// No timing assertions: "bounded time" is asserted as bounded work (clause count and size bounded by the input,
// output JSON linear in the input: see check-pipeline.ts), and a hang is caught by the per-test timeouts below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect';
import { extractDocument, splitSentences } from '../../../src/core/extract';
import { MAX_CLAUSE } from '../../../src/core/extract/split-sentences';
import { htmlToDocument, releaseDocument } from '../../../src/cli/source';
import type { VersionSnapshot } from '../../../src/core/diff';
import { checkClauses, checkDetection, runHtml, runText } from './check-pipeline';
import { generateHtml, generateText, legalPage, LEGAL_SENTENCES, makeRng, mixedText, mutate } from './generators';

const DEFAULT_SEED = 20_230_807; // the day Zoom added "without your consent"
const envSeed = process.env.TERMWATCH_FUZZ_SEED;
const SEED = envSeed === 'random' ? (Math.random() * 2 ** 32) >>> 0 : envSeed ? Number(envSeed) >>> 0 : DEFAULT_SEED;
const ONLY = process.env.TERMWATCH_FUZZ_ONLY === undefined ? null : Number(process.env.TERMWATCH_FUZZ_ONLY);
const HTML_INPUTS = 1000;
const TEXT_INPUTS = 500;
const ARTIFACTS = 'artifacts/fuzz';
/** Stop collecting after this many failures over all the HTML chunks: one bug tends to fail many inputs. */
const MAX_FAILURES = 5;

console.log(
  `[fuzz] seed=${SEED} (override with TERMWATCH_FUZZ_SEED) html=${HTML_INPUTS} text=${TEXT_INPUTS}${ONLY === null ? '' : ` only=${ONLY}`}`,
);

function replayHint(index: number): string {
  return `replay: TERMWATCH_FUZZ_SEED=${SEED} TERMWATCH_FUZZ_ONLY=${index} npx vitest run --project slow test/unit/fuzz`;
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
}

/** Saves a failing input for inspection and returns the one-line failure message. */
function recordFailure(set: string, index: number, kind: string, input: string, url: string, error: unknown): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const base = `${ARTIFACTS}/seed-${SEED}-${set}-${index}-${kind}`;
  writeFileSync(`${base}.input`, input);
  writeFileSync(
    `${base}.error.txt`,
    `seed=${SEED} set=${set} index=${index} kind=${kind} url=${url}\n${replayHint(index)}\n\n${describeError(error)}\n`,
  );
  const msg = error instanceof Error ? error.message : String(error);
  return `seed=${SEED} ${set}#${index} (${kind}, ${input.length} chars, saved ${base}.input): ${msg.slice(0, 300)} — ${replayHint(index)}`;
}

/** A gc() for honest heap figures: vitest does not pass --expose-gc, but V8 lets a process enable it at runtime. */
function getGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Retained heap growth allowed over the whole bulk run, measured after a full gc on both sides. Each input's DOM,
 * clauses and findings become garbage when the next input starts, so anything growing with the number of inputs
 * (a cache keyed by text, happy-dom windows kept alive) shows up here. 1000 inputs average ~10 KB of HTML; a leak
 * of even one parsed page per input would retain far more than this cap, while normal variation (JIT code, the
 * one compromise instance and its lexicon, warmed on the first inputs) stays well below it.
 */
const RETAINED_HEAP_CAP = 64 * 1024 * 1024;

/**
 * The generated pages run in this many tests, one after another and chained (each page diffed against the one
 * before), each under its own timeout: about a minute in all when the machine is quiet, several on a shared, busy one.
 */
const HTML_CHUNKS = 4;

describe('fuzz: generated HTML through detect → extract → analyse → normalise → export → diff', () => {
  const gc = getGc();
  /** Heap after the warm-up, set by the first chunk; null until then. */
  let before: number | null = null;
  const kinds = new Map<string, number>();
  let previous: VersionSnapshot | null = null;
  let chars = 0;
  let clauses = 0;
  let findings = 0;
  /** Pages run to the end without an exception, and failures, over all chunks. */
  let ran = 0;
  let failed = 0;
  /** Chunks begun, whether one is still running (its test timed out: the loop goes on), and whether to stop. */
  let started = 0;
  let running = false;
  let halted = false;
  const size = Math.ceil(HTML_INPUTS / HTML_CHUNKS);
  it.for(
    Array.from({ length: HTML_CHUNKS }, (_, c): [number, number] => [
      c * size + 1,
      Math.min(HTML_INPUTS, (c + 1) * size),
    ]),
  )(
    `keeps every invariant on generated pages %i–%i of ${HTML_INPUTS} (seed printed above)`,
    { timeout: 300_000 },
    async ([first, last], ctx) => {
      // A chunk after one that failed or timed out would diff against a snapshot it did not make, or run beside a
      // loop still going: it stops that loop and skips.
      if (running || failed > 0) {
        halted = true;
        ctx.skip(`an earlier chunk ${running ? 'timed out' : 'failed'}`);
      }
      started++;
      running = true;
      try {
        if (first === 1) {
          // Warm up module state (compromise, compiled rules) before the baseline, so it is not counted as growth.
          await runHtml(legalPage(makeRng(1), 3), 'https://example.com/terms', null);
          before = gc ? heapAfterGc(gc) : 0;
        }
        const failures: string[] = [];
        for (let i = first - 1; i < last && failed < MAX_FAILURES && !halted; i++) {
          if (ONLY !== null && i !== ONLY) continue;
          const input = generateHtml(SEED, i);
          kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
          chars += input.html.length;
          try {
            const result = await runHtml(input.html, input.url, previous);
            clauses += result.document.clauses.length;
            findings += result.analysis.findings.length;
            previous = result.snapshot;
            ran++;
          } catch (e) {
            failed++;
            failures.push(recordFailure('html', i, input.kind, input.html, input.url, e));
            previous = null;
          }
        }
        expect(failures, failures.join('\n')).toEqual([]);
      } finally {
        running = false;
      }
    },
  );
  it(`retains no memory across the ${HTML_INPUTS} generated pages`, (ctx) => {
    halted = running; // the last chunk timed out: stop its loop
    previous = null; // drops the last snapshot so the heap is measured without it
    if (started === 0) ctx.skip('no page chunk ran (selected alone by -t?): the heap is measured over the chunks');
    const grown = gc && before !== null ? heapAfterGc(gc) - before : 0;
    console.log(
      `[fuzz] html: ${ran} pages run of ${[...kinds.values()].reduce((a, b) => a + b, 0)}, ${(chars / 1e6).toFixed(1)} MB, ` +
        `kinds ${[...kinds].map(([k, n]) => `${k}×${n}`).join(' ')}; ${clauses} clauses, ${findings} findings; retained heap ${gc ? `${(grown / 2 ** 20).toFixed(1)} MB` : 'n/a (no gc)'}`,
    );
    if (ONLY !== null) ctx.skip(`only page ${ONLY} ran`);
    if (!gc) ctx.skip('no gc(): the heap cannot be measured');
    expect(before, 'the first chunk set no heap baseline').not.toBeNull();
    expect(ran, 'pages run without an exception').toBe(HTML_INPUTS);
    expect(grown, `retained heap grew ${grown} bytes over ${HTML_INPUTS} inputs (seed=${SEED})`).toBeLessThan(
      RETAINED_HEAP_CAP,
    );
  }, 60_000);

  it(`keeps every invariant on ${TEXT_INPUTS} generated texts through the splitters and analyzeText`, () => {
    const failures: string[] = [];
    for (let i = 0; i < TEXT_INPUTS && failures.length < MAX_FAILURES; i++) {
      if (ONLY !== null && i !== ONLY) continue;
      const text = generateText(SEED, i);
      try {
        runText(text);
      } catch (e) {
        failures.push(recordFailure('text', i, 'text', text, '', e));
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 60_000);
});

describe('fuzz: big inputs', () => {
  // Built from the seed too; lines stay short so analyzeText's per-clause cost stays linear (see the analyzeText bug
  // in found-bugs.test.ts).
  it('5 MB of text: both splitters bounded, analyzeText keeps its invariants', () => {
    const rng = makeRng(SEED);
    const lines: string[] = [];
    let size = 0;
    while (size < 5 * 2 ** 20) {
      const line = rng.chance(0.5) ? rng.pick(LEGAL_SENTENCES) : mixedText(rng, rng.int(20, 300));
      lines.push(line);
      size += line.length + 1;
    }
    const text = lines.join('\n');
    const flat = text.replace(/[.!?。！？\n]/g, ' '); // no sentence punctuation at all, one 5 MB line
    for (const t of [text, flat]) {
      const spans = splitSentences(t);
      checkClauses(
        spans.map((s, k) => ({
          id: `c${k}`,
          block: 0,
          start: s.start,
          end: s.end,
          text: t.slice(s.start, s.end),
          sectionPath: [],
          section: '',
        })),
        [t],
        MAX_CLAUSE,
        false,
      );
      // Work bound without punctuation: the splitter only cuts for length, never leaving less than MAX_CLAUSE / 4.
      if (t === flat) expect(spans.length).toBeLessThanOrEqual(Math.ceil(t.length / (MAX_CLAUSE / 4)) + 1);
    }
    try {
      runText(text);
    } catch (e) {
      throw new Error(recordFailure('big', 0, 'text-5mb', text, '', e), { cause: e });
    }
  }, 90_000);

  it('a ~1 MB mutated legal page through the whole pipeline', async () => {
    const rng = makeRng(SEED ^ 0xb16);
    let html = mutate(rng, legalPage(rng, 1500), 100, false);
    html = html.replace('</main>', `<p>${mixedText(rng, 100_000, false).replace(/</g, '&lt;')}</p></main>`);
    try {
      const { document } = await runHtml(html, 'https://example.com/terms', null);
      expect(document.clauses.length).toBeGreaterThan(500);
    } catch (e) {
      throw new Error(recordFailure('big', 1, 'page-1mb', html, 'https://example.com/terms', e), { cause: e });
    }
  }, 60_000);
});

describe('fuzz: deep nesting', () => {
  // 20,000 nested elements, with and without <main>. Under vitest and in the built CLI this passes (checked up to
  // 100,000); under `tsx` (happy-dom loaded as CommonJS) happy-dom's recursive querySelector overflows the stack from
  // ~5,000 levels, in readPageMeta's querySelector('h1') and findContentRoot's querySelector('main').
  const DEPTH = 20_000;
  const url = 'https://example.com/terms';
  for (const main of [true, false]) {
    it(`${DEPTH} nested <div> ${main ? 'inside' : 'without'} <main>: detect and extract cope`, () => {
      const html =
        `<html><head><title>Terms of Service</title></head><body>${main ? '<main>' : ''}${'<div>'.repeat(DEPTH)}` +
        `We may use your content to train our AI models.${'</div>'.repeat(DEPTH)}${main ? '</main>' : ''}</body></html>`;
      const doc = htmlToDocument(html, url);
      checkDetection(detectPage(doc, url));
      const { document, blocks } = extractDocument(doc, url);
      checkClauses(
        document.clauses,
        blocks.map((b) => b.text),
        MAX_CLAUSE,
      );
      expect(document.clauses.map((c) => c.text)).toEqual(['We may use your content to train our AI models.']);
      // Not closed: happy-dom's own window.close() recurses per level and overflows here (its problem, not ours).
    }, 30_000);
  }
});

// Memory: a heap measurement, so it lives with the other bounded-memory checks rather than in the fast repros
// (test/unit/fuzz/found-bugs.test.ts).
describe('fuzz: memory', () => {
  const url = 'https://example.com/terms';

  // cli/source: a happy-dom window stays reachable until closed (~6 MB retained per 46 kB page), so batch users
  // (the CLI with several files, eval scripts) must release each document: releaseDocument frees it.
  it('source: releaseDocument frees what htmlToDocument allocates', async () => {
    const gc = getGc();
    expect(gc).not.toBeNull();
    const html = `<html><body><main>${'<p>We may sell your data to third parties.</p>'.repeat(1000)}</main></body></html>`;
    const before = heapAfterGc(gc!);
    for (let i = 0; i < 20; i++) await releaseDocument(htmlToDocument(html, url));
    // Released pages retain ~nothing; a leak retains ~130 bytes per input character (~120 MB here). Cap: 5 MB.
    expect(heapAfterGc(gc!) - before).toBeLessThan(5 * 2 ** 20);
  }, 60_000);
});
