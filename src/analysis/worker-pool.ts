// One page's analysis split over more than one analysis worker, on a machine with the cores for it. The analyser reads
// each clause on its own (with the context the clause carries: its lead-ins, headers and section path), so the
// findings of consecutive parts of the clause list, concatenated in order, are the findings of the whole list. Each
// part carries the whole request and a range (protocol.ts), so clause ids are those of the whole document.
import type { AnalysisOutput, AnalysisRequest } from './protocol';
import { requestClauseLengths } from './protocol';
import { WorkerAnalyser, type WorkerAnalyserOptions } from './worker-client';

/**
 * Below this many characters of clause text a page goes to one worker: a short page analyses in tens of
 * milliseconds, and a second part would only add a message and an unpacking of the clauses.
 */
export const MIN_SPLIT_CHARS = 50_000;

/**
 * At most this many workers per host. One, until two are measured to help on a quiet machine: on this project's
 * shared 2-core machine (load 9-18, other sessions running) two workers made the 1 MB page's report 1.5-1.9 times
 * slower than one (`npx tsx scripts/bench.ts extension --parts=terms --baseline=DIR`, 3 interleaved rounds), and
 * at load 0.6-5 one worker's report took 1.43 and 0.97 times two workers' (two runs): no clear gain at the median. Linux
 * shares the CPU between sessions (autogroups), not threads, so under load a second thread adds no CPU, and its
 * start-up and warm-up (about as much work as its half of the page) compete with the first. Each part alone takes
 * about half of the whole (1 MB page, in one thread: whole 1,480-1,640 ms, parts 507-918 ms), so on idle cores two
 * workers should bring the analysis near half; each worker holds its own analyser (about 17 MB of heap after GC,
 * prepared and warmed, measured in Node), for up to WORKER_IDLE_MS after the page.
 */
export const MAX_WORKERS = 1;

/** How many workers a machine with `cores` logical cores gets, at most `max`. */
export function workerCount(cores: number | undefined, max = MAX_WORKERS): number {
  return Math.max(1, Math.min(max, Math.floor(cores ?? 1)));
}

/**
 * Contiguous ranges [from, to) covering clauses 0..lengths.length, at most `parts` of them, of about equal text each.
 * Text length is the best cheap guess at a clause's cost.
 */
export function splitRanges(lengths: readonly number[], parts: number): Array<[number, number]> {
  const total = lengths.reduce((n, l) => n + l, 0);
  if (parts <= 1 || lengths.length < 2 || total < MIN_SPLIT_CHARS) return [[0, lengths.length]];
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let sum = 0;
  for (let i = 0; i < lengths.length && ranges.length < parts - 1; i++) {
    sum += lengths[i]!;
    if (sum >= (total * (ranges.length + 1)) / parts) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < lengths.length) ranges.push([from, lengths.length]);
  return ranges;
}

/** The parts' outputs as one: findings in clause order (the parts are in order), the rest as the first part says. */
export function mergeOutputs(outputs: readonly AnalysisOutput[]): AnalysisOutput {
  const [first, ...rest] = outputs;
  if (!first) throw new Error('No analysis output to merge.');
  if (!rest.length) return first;
  return { ...first, findings: outputs.flatMap((o) => o.findings) };
}

/** A WorkerAnalyser per worker; the same interface as one, so every host can use either. */
export class WorkerPool {
  private readonly workers: WorkerAnalyser[];

  constructor(opts: WorkerAnalyserOptions & { count: number }) {
    this.workers = Array.from({ length: Math.max(1, opts.count) }, () => new WorkerAnalyser(opts));
  }

  /** Rejects as soon as one part fails (AnalysisTimeout when a part overran its budget: each part has the budget). */
  async analyse(request: AnalysisRequest): Promise<AnalysisOutput> {
    const ranges = splitRanges(requestClauseLengths(request), this.workers.length);
    if (ranges.length === 1) return this.workers[0]!.analyse(request);
    return mergeOutputs(await Promise.all(ranges.map((range, i) => this.workers[i]!.analyse({ ...request, range }))));
  }

  warm(): void {
    for (const w of this.workers) w.warm();
  }

  dispose(): void {
    for (const w of this.workers) w.dispose();
  }
}
