// A long page's clauses analysed by two workers at once, each taking a contiguous half (by text length), the findings
// joined back in clause order. The analyser reads each clause on its own (with the context the clause carries: its
// section path, lead-ins, table labels), so the halves give exactly the findings of the whole; a unit test holds the
// analyser to that on real documents. On the 1 MB bench page the analysis is most of the time from load to the
// report, and the page's main thread has finished its part by then: a second core halves it. A short page goes to
// one worker: starting a job costs more than the half it would save.
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from './budget';
import { analysisRequest, requestClauses, type AnalysisOutput, type AnalysisRequest } from './protocol';
import { startWorker, WorkerAnalyser } from './worker-client';
import type { Clause } from '../core/types';

/** What analyses a request: a WorkerAnalyser (worker-client.ts), or a fake in tests. */
export interface Analyser {
  analyse(request: AnalysisRequest): Promise<AnalysisOutput>;
  warm(): void;
}

/** Below this many characters of clause text a page is analysed by one worker. */
export const SPLIT_MIN_CHARS = 100_000;

/** `clauses` in `parts` contiguous runs of about equal text length, in order (fewer when there are fewer clauses). */
export function splitClauses(clauses: readonly Clause[], parts: number): Clause[][] {
  const total = clauses.reduce((n, c) => n + c.text.length, 0);
  const runs: Clause[][] = [];
  let run: Clause[] = [];
  let done = 0;
  for (const c of clauses) {
    run.push(c);
    done += c.text.length;
    if (runs.length < parts - 1 && done >= (total * (runs.length + 1)) / parts) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The outputs of consecutive runs of clauses as the output of all of them. */
function joinOutputs(outputs: AnalysisOutput[]): AnalysisOutput {
  const [first, ...rest] = outputs;
  if (!first) throw new Error('Nothing was analysed.');
  return { ...first, findings: [first.findings, ...rest.map((o) => o.findings)].flat() };
}

export class SplitAnalyser implements Analyser {
  /** `workers`: one analyser per part, each with its own worker and watchdog. */
  constructor(
    private readonly workers: readonly Analyser[],
    private readonly minChars = SPLIT_MIN_CHARS,
  ) {
    if (workers.length === 0) throw new Error('SplitAnalyser needs at least one worker.');
  }

  async analyse(request: AnalysisRequest): Promise<AnalysisOutput> {
    const [one] = this.workers;
    if (this.workers.length === 1 || request.text.length < this.minChars) return one!.analyse(request);
    const runs = splitClauses(requestClauses(request), this.workers.length);
    // Each part travels as a list of clause objects (offsets into the text are numbered from the first clause on);
    // a structured clone to a worker of this extension, not a serialisation on any page's thread.
    const outputs = await Promise.all(
      runs.map((run, i) => this.workers[i]!.analyse(analysisRequest(run, request.options))),
    );
    return joinOutputs(outputs);
  }

  /**
   * The first worker loads its analyser while the page is still being read. Only the first: most pages are short and
   * never need a second, and loading the analyser (about half a second of CPU, tens of MB) in two workers competed
   * with the page's own extraction for the same cores. A long page starts the others when it arrives.
   */
  warm(): void {
    this.workers[0]!.warm();
  }
}

/** How many workers share a long page: two where the machine has two cores or more, else one. */
export function workerCount(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof cores === 'number' && cores >= 2 ? 2 : 1;
}

/** The analysis workers of the background (Firefox's event page, Chrome's offscreen document), each with its watchdog. */
export function workerAnalysers(workerUrl: string): SplitAnalyser {
  return new SplitAnalyser(
    Array.from(
      { length: workerCount() },
      () =>
        new WorkerAnalyser({
          spawn: () => startWorker(workerUrl),
          budgetMs: ANALYSIS_BUDGET_MS,
          idleMs: WORKER_IDLE_MS,
        }),
    ),
  );
}
