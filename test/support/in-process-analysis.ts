// The analysis host's whole-page analysis, run in this process as the worker runs it: for the background tests that
// mock src/background/analysis-host.ts.
import { requestJob } from '../../src/analysis/protocol';
import { analyzeClauses } from '../../src/core/analyze';

/** A request's findings as the worker answers them (no summary: the background grades the page itself). */
export async function analyseInProcess(request: Parameters<typeof requestJob>[0]) {
  const { clauses, options } = requestJob(request);
  const { summary: _summary, ...output } = analyzeClauses(clauses, options);
  return output;
}
