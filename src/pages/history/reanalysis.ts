// Comparing two stored versions first brings both to the current analyser version. The analyser runs in the analysis
// worker (the one bundle that contains it), started by this page and stopped when idle, with the same watchdog as
// the background's.
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from '../../analysis/budget';
import { analysisRequest } from '../../analysis/protocol';
import { analysisResultOf, storedDocument } from '../../core/report/page-report';
import { startWorker, WorkerAnalyser } from '../../analysis/worker-client';
import { ANALYSER_VERSION } from '../../core/analyze/version';
import { findFirstParty } from '../../core/analyze/first-party';
import type { Reanalysis } from '../../storage/history';

let analyser: WorkerAnalyser | null = null;

export const workerReanalysis: Reanalysis = {
  async reanalyze(clauses, version) {
    analyser ??= new WorkerAnalyser({
      spawn: () => startWorker('analysis-worker.js'),
      budgetMs: ANALYSIS_BUDGET_MS,
      idleMs: WORKER_IDLE_MS,
    });
    const firstParty = findFirstParty({ title: version.title, text: version.text, url: '' });
    return analysisResultOf(
      await analyser.analyse(analysisRequest(clauses, { firstParty, sensitivity: 'every' })),
      storedDocument(clauses),
      clauses,
    );
  },
  currentVersion: ANALYSER_VERSION,
};
