// What goes to the analysis worker and what comes back. The page never sees these: the content script sends its
// extracted clauses to the background, which hands them to the worker (directly in Firefox's event page, through the
// offscreen document in Chrome, whose service worker cannot start a Worker).
import type { AnalyzeOptions, SectionBefore } from '../core/analyze';
import { sameSection, sectionAfterAll } from '../core/analyze/section-recipients';
import { packClauses, unpackClauses, type PartBase, type StoredClauses } from '../core/clause-pack';
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
  return requestJob(request).clauses;
}

/**
 * The clauses of a request (of its range, if it has one) and the options to analyse them with: a range that starts
 * inside a section carries what the clauses before it established there (AnalyzeOptions.sectionBefore), so the range
 * reads as in the whole page.
 */
export function requestJob(request: AnalysisRequest): { clauses: Clause[]; options: AnalyzeOptions } {
  const all = unpackClauses(request.text, request.clauses);
  if (!request.range) return { clauses: all, options: request.options };
  const [from, to] = request.range;
  return { clauses: all.slice(from, to), options: withSectionBefore(request.options, sectionBeforeAt(all, from)) };
}

/** What the clauses before `at` established for the section they end in (only that section's clauses are read). */
function sectionBeforeAt(clauses: readonly Clause[], at: number): SectionBefore | undefined {
  const last = clauses[at - 1]?.sectionPath;
  let from = at;
  while (from > 0 && sameSection(clauses[from - 1]!.sectionPath, last!)) from--;
  return sectionAfterAll(undefined, clauses.slice(from, at));
}

/** The options for a part of a page, given what the page's units before it established (none: the options as they are). */
export function withSectionBefore(options: AnalyzeOptions, before: SectionBefore | undefined): AnalyzeOptions {
  return before ? { ...options, sectionBefore: before } : options;
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
  kind?: undefined;
}

/**
 * One part of a page streamed to the analysis as the content script reads it (core/extract: ExtractionPart): consecutive
 * blocks of the page as text, and their clauses as offsets into it, numbered from `base`. `seq` counts the parts from
 * 0, so a part lost or out of order is seen, not analysed.
 */
export interface StreamPart {
  seq: number;
  base: PartBase;
  text: string;
  clauses: StoredClauses;
  /**
   * What the page's units before this part established about the section the part opens in (set by the background,
   * core/analyze/section-recipients.ts): absent when nothing, so the part reads as in the whole page.
   */
  before?: SectionBefore;
}

/**
 * Host → worker, for a streamed analysis: `open` with the options, the parts in order, then `end` with how many
 * there were (the reply: the findings of all parts, in order) or `cancel` (no reply).
 */
export type StreamMessage =
  | { id: number; kind: 'open'; options: AnalyzeOptions }
  | { id: number; kind: 'part'; part: StreamPart }
  | { id: number; kind: 'end'; parts: number }
  | { id: number; kind: 'cancel' };

export type WorkerMessage = WorkerJob | StreamMessage;

/** A streamed analysis as its host sees it: parts go in as they come, the output comes once `end` says how many. */
export interface AnalysisStream {
  add(part: StreamPart): void;
  /** Rejects when a part was lost, came out of order, or the whole overran the budget (AnalysisTimeout). */
  end(parts: number): Promise<AnalysisOutput>;
  /** The page went away: the analysis is dropped. */
  cancel(): void;
}

/** The clauses of a streamed part, numbered as in the whole page. */
export function partClauses(part: StreamPart, maxDepth?: number): Clause[] {
  return unpackClauses(part.text, part.clauses, maxDepth, part.base);
}

/**
 * Worker → host: the output or the error of a job, or (`done`) that the worker has analysed part `done` of stream `id`
 * and takes the next. The host hands a stream's parts over one at a time, so a cancelled stream leaves no part queued
 * in the worker to be analysed for nothing (worker-client.ts).
 */
export type WorkerReply =
  | { id: number; ok: true; output: AnalysisOutput }
  | { id: number; ok: false; error: string }
  | { id: number; done: number };

/** An analysis abandoned by the watchdog because it overran its budget (analysis/budget.ts). */
export class AnalysisTimeout extends Error {
  override name = 'AnalysisTimeout';
  constructor(readonly budgetMs: number) {
    super(`The analysis took longer than ${Math.round(budgetMs / 1000)} s and was stopped.`);
  }
}

export const isAnalysisTimeout = (err: unknown): boolean => err instanceof Error && err.name === 'AnalysisTimeout';
