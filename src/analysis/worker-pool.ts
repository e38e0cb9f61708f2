// A long page analysed by two workers at once. The analysis was most of the time from load to the report on long
// pages (the 1 MB bench page: about nine tenths of it, in the one worker), and it is a loop over clauses that each stand
// alone, so halves of the clause list run in parallel on a second core and their findings, joined in order, are the
// findings of the whole. Short pages (most pages) stay on one worker: a second worker costs its own start (the
// analyser's lexicon and nets, a few hundred milliseconds) and memory (tens of MB) until it is stopped when idle.
import { clauseLengths, type AnalysisOutput, type AnalysisRequest } from './protocol';
import { WorkerAnalyser, type WorkerAnalyserOptions } from './worker-client';

/** Below this many characters of clause text a page is analysed by one worker (the Zoom terms are about 95,000). */
export const SPLIT_MIN_CHARS = 150_000;

export interface WorkerPoolOptions extends WorkerAnalyserOptions {
  /** Workers a long page is split between (1: never split). */
  lanes: number;
}

/** Workers to use here: two where there is a second core (navigator.hardwareConcurrency), else one. */
export function lanesHere(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
  return cores >= 2 ? 2 : 1;
}

export class WorkerPool {
  private readonly lanes: WorkerAnalyser[];

  constructor(opts: WorkerPoolOptions) {
    this.lanes = Array.from({ length: Math.max(1, opts.lanes) }, () => new WorkerAnalyser(opts));
  }

  /**
   * Analyses in the workers: a long request in one part per lane, each with its own watchdog (the parts run at once,
   * so the budget still bounds the whole). Rejects as soon as one part fails or overruns.
   */
  async analyse(request: AnalysisRequest): Promise<AnalysisOutput> {
    const parts = splitRequest(request, this.lanes.length);
    if (parts.length === 1) return this.lanes[0]!.analyse(request);
    const outputs = await Promise.all(parts.map((part, i) => this.lanes[i]!.analyse(part)));
    return { ...outputs[0]!, findings: outputs.flatMap((o) => o.findings) };
  }

  /** Starts the first worker ahead of a job; the others start only for a page long enough to be split. */
  warm(): void {
    this.lanes[0]!.warm();
  }

  dispose(): void {
    for (const lane of this.lanes) lane.dispose();
  }
}

/**
 * The request as at most `lanes` parts of about equal clause text, in clause order; the request itself when it is
 * short, already a part, or there is one lane.
 */
export function splitRequest(request: AnalysisRequest, lanes: number): AnalysisRequest[] {
  if (lanes < 2 || request.range) return [request];
  const lengths = clauseLengths(request);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total < SPLIT_MIN_CHARS) return [request];
  const parts: AnalysisRequest[] = [];
  let from = 0;
  let sum = 0;
  for (let i = 0; i < lengths.length && parts.length < lanes - 1; i++) {
    sum += lengths[i]!;
    if (sum >= (total * (parts.length + 1)) / lanes) {
      parts.push({ ...request, range: [from, i + 1] });
      from = i + 1;
    }
  }
  if (from < lengths.length) parts.push({ ...request, range: [from, lengths.length] });
  return parts;
}
