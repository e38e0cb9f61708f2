// One page's analysis split over more than one analysis worker, on a machine with the cores for it. The analyser reads
// each clause on its own (with the context the clause carries: its lead-ins, headers and section path), so the
// findings of consecutive parts of the clause list, concatenated in order, are the findings of the whole list. Each
// part carries the whole request and a range (protocol.ts), so clause ids are those of the whole document.
import type { AnalyzeOptions } from '../core/analyze';
import type { AnalysisOutput, AnalysisRequest, AnalysisStream } from './protocol';
import { requestClauseLengths } from './protocol';
import { WorkerAnalyser, type WorkerAnalyserOptions } from './worker-client';

/**
 * Below this many characters of clause text a page goes to one worker: a short page analyses in tens of
 * milliseconds, and a second part would only add a message and an unpacking of the clauses.
 */
export const MIN_SPLIT_CHARS = 50_000;

/**
 * At most this many workers per host. One: on this project's 2-core machine two were not faster (README, "One worker,
 * or two"). Each worker brings V8 helper threads that compile the analyser's hot code beside it (on a fresh worker's
 * first page about as much CPU as the worker itself), so one worker already keeps two cores busy, and workerCount gives a
 * second only to a machine with four cores or more, which has not been measured. Each worker holds its own analyser
 * (about 17 MB of heap after GC, prepared and warmed, measured in Node) for up to WORKER_IDLE_MS after the page.
 */
export const MAX_WORKERS = 1;

/** Logical cores per worker: a worker's V8 helper threads (JIT compilation) use about a second core while it warms up. */
export const CORES_PER_WORKER = 2;

/** How many workers a machine with `cores` logical cores gets: one per CORES_PER_WORKER cores, at least one, at most `max`. */
export function workerCount(cores: number | undefined, max = MAX_WORKERS): number {
  const known = typeof cores === 'number' && Number.isFinite(cores) ? cores : 1;
  return Math.max(1, Math.min(max, Math.floor(known / CORES_PER_WORKER)));
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

/** A clause's rank in its page, from its id (`c12`: extract-document.ts and clause-pack.ts number them so). */
function clauseRank(id: string): number {
  const n = Number(id.slice(1));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** The outputs of parts analysed apart as one: findings in clause order (a stable sort keeps a clause's own order). */
export function mergeInClauseOrder(outputs: readonly AnalysisOutput[]): AnalysisOutput {
  const merged = mergeOutputs(outputs);
  if (outputs.length < 2) return merged;
  const ranked = merged.findings.map((f, at) => ({ f, at, rank: clauseRank(f.clauseId) }));
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return { ...merged, findings: ranked.map((r) => r.f) };
}

/**
 * One stream over several workers: part k of the page goes to worker k mod n, renumbered in that worker's own
 * stream, which is opened when its first part comes. Failing or cancelling one part's stream fails the whole; once
 * ended or cancelled it takes no more parts, as one worker's stream. Kept off by MAX_WORKERS: each worker's stream
 * holds its worker until the page's end (a second page waits for it) and each worker's watchdog restarts on its own
 * parts only (README, "One worker, or two").
 */
function splitStream(workers: readonly WorkerAnalyser[], options: AnalyzeOptions): AnalysisStream {
  type Sub = { stream: AnalysisStream; parts: number };
  const streams: Array<Sub | undefined> = [];
  const streamFor = (k: number): Sub => {
    const at = k % workers.length;
    streams[at] ??= { stream: workers[at]!.open(options), parts: 0 };
    return streams[at];
  };
  const open = (): Sub[] => streams.filter((s): s is Sub => s !== undefined);
  const cancelAll = (): void => {
    for (const s of open()) s.stream.cancel();
  };
  let added = 0;
  let cancelled = false;
  // Set by `end`: an ended stream takes no more parts and answers every later `end` with the same result.
  let result: Promise<AnalysisOutput> | null = null;
  // Each worker's stream checks the order of its own parts only, so the order of the page's parts is checked here.
  let lost: string | null = null;
  return {
    add: (part) => {
      if (cancelled || result || lost) return;
      if (part.seq !== added) {
        lost = `Part ${part.seq} of the page came where part ${added} was due: a part was lost.`;
        cancelAll();
        return;
      }
      const target = streamFor(added++);
      target.stream.add({ ...part, seq: target.parts++ });
    },
    end: (parts) => {
      if (result) return result;
      const wrong = cancelled
        ? 'The analysis was cancelled.'
        : (lost ?? (parts !== added ? `The page sent ${parts} parts, and ${added} arrived.` : null));
      if (wrong) {
        cancelAll();
        result = Promise.reject(new Error(wrong));
        return result;
      }
      // A page with no part at all still gets the first worker's (empty) output.
      if (!open().length) streamFor(0);
      const each = open();
      result = Promise.all(each.map((s) => s.stream.end(s.parts))).then(mergeInClauseOrder, (err: unknown) => {
        for (const s of each) s.stream.cancel();
        throw err;
      });
      return result;
    },
    cancel: () => {
      cancelled = true;
      cancelAll();
    },
  };
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

  /**
   * A streamed page: its parts go to the workers in turn as they arrive (a worker's stream numbers its own parts from
   * 0), and the outputs are merged in clause order at the end. A page of one part never wakes a second worker.
   */
  open(options: AnalyzeOptions): AnalysisStream {
    if (this.workers.length === 1) return this.workers[0]!.open(options);
    return splitStream(this.workers, options);
  }

  warm(): void {
    for (const w of this.workers) w.warm();
  }

  dispose(): void {
    for (const w of this.workers) w.dispose();
  }
}
