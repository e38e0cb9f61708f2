// Runs the analyser over a page's clauses in time-boxed slices, yielding to the page between slices, so a long
// document never blocks the page's main thread for more than a slice. The result equals analyzeClauses() on all
// clauses at once (the analyser is per clause; the summary is recomputed from all findings).
import { analyzeClauses, type AnalyzeOptions } from '../core/analyze';
import { summarize } from '../core/score';
import type { AnalysisResult, Clause, Finding } from '../core/types';
import { yieldToPage } from '../core/yield-to-page';

export type YieldFn = () => Promise<void>;

export async function analyzeInSlices(
  clauses: Clause[],
  opts: AnalyzeOptions,
  sliceMs = 12,
  yieldFn: YieldFn = yieldToPage,
  signal?: AbortSignal,
): Promise<AnalysisResult> {
  // The language verdict does not depend on the clauses.
  const empty = analyzeClauses([], opts);
  if (!empty.languageSupported) return empty;
  const findings: Finding[] = [];
  let i = 0;
  while (i < clauses.length) {
    const started = performance.now();
    do {
      findings.push(...analyzeClauses([clauses[i]!], opts).findings);
      i++;
    } while (i < clauses.length && performance.now() - started < sliceMs);
    if (i < clauses.length) {
      await yieldFn();
      if (signal?.aborted) throw new DOMException('Analysis aborted', 'AbortError');
    }
  }
  return { ...empty, findings, summary: summarize(findings) };
}
