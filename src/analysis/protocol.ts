// What goes to the analysis worker and what comes back. The page never sees these: the content script sends its
// extracted clauses to the background, which hands them to the worker (directly in Firefox's event page, through the
// offscreen document in Chrome, whose service worker cannot start a Worker).
import type { AnalyzeOptions } from '../core/analyze';
import type { Clause, Finding } from '../core/types';

export interface AnalysisRequest {
  clauses: Clause[];
  options: AnalyzeOptions;
}

/** The analyser's verdict without a summary: whoever receives it computes the summary from the findings (core/score). */
export interface AnalysisOutput {
  analyserVersion: string;
  languageSupported: boolean;
  findings: Finding[];
}

/** Host → worker. */
export interface WorkerJob extends AnalysisRequest {
  id: number;
}

/** Worker → host. */
export type WorkerReply = { id: number; ok: true; output: AnalysisOutput } | { id: number; ok: false; error: string };

/** An analysis abandoned by the watchdog because it overran its budget (analysis/budget.ts). */
export class AnalysisTimeout extends Error {
  override name = 'AnalysisTimeout';
  constructor(readonly budgetMs: number) {
    super(`The analysis took longer than ${Math.round(budgetMs / 1000)} s and was stopped.`);
  }
}

export const isAnalysisTimeout = (err: unknown): boolean => err instanceof Error && err.name === 'AnalysisTimeout';
