// What goes to the analysis worker and what comes back. The page never sees these: the content script sends its
// extracted clauses to the background, which hands them to the worker (directly in Firefox's event page, through the
// offscreen document in Chrome, whose service worker cannot start a Worker).
import type { AnalyzeOptions } from '../core/analyze';
import { packClauses, unpackClauses, type StoredClauses } from '../core/clause-pack';
import type { Clause } from '../core/types';
import type { AnalysedFindings } from '../core/report/page-report';

/**
 * The clauses travel as offsets into their text (core/clause-pack.ts): on the way to Chrome's offscreen document they
 * are serialised as JSON, and thousands of clause objects took a few hundred milliseconds there and back.
 */
export interface AnalysisRequest {
  text: string;
  clauses: StoredClauses;
  options: AnalyzeOptions;
  /**
   * Only clauses [from, to) of the request (worker-pool.ts gives each worker a part). Every part carries the whole
   * request, so clause ids and each clause's context are those of the whole document.
   */
  range?: [number, number];
}

/** A request for these clauses; with their `text` they travel as offsets, without it as a list. */
export function analysisRequest(clauses: Clause[], options: AnalyzeOptions, text?: string): AnalysisRequest {
  return {
    text: text ?? '',
    clauses: text === undefined ? { form: 'inline', list: clauses } : packClauses(text, clauses),
    options,
  };
}

/** The clauses of a request (of its range, if it has one), as objects again (in the worker). */
export function requestClauses(request: AnalysisRequest): Clause[] {
  const all = unpackClauses(request.text, request.clauses);
  return request.range ? all.slice(request.range[0], request.range[1]) : all;
}

/** How many clauses a request carries, and each one's length (what worker-pool.ts balances its parts by). */
export function requestClauseLengths(request: AnalysisRequest): number[] {
  const { clauses } = request;
  if (clauses.form === 'inline') return clauses.list.map((c) => c.text.length);
  const lengths: number[] = [];
  for (let k = 1; k < clauses.spans.length; k += 3) lengths.push(clauses.spans[k]!);
  return lengths;
}

/** The analyser's verdict without a summary: whoever receives it computes the summary from the findings (core/score). */
export type AnalysisOutput = AnalysedFindings;

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
