// Messages between `termwatch analyze` (main thread) and its analysis workers (worker_threads).
import type { LoadedFile } from '../load-file';
import type { DiffFormat } from '../commands/diff-report';
import type { AnalyzeFormat } from './report-chunk';

/** workerData of an analysis worker: the CLI bundle is also the worker's script, and this tells it which role to play. */
export const WORKER_ROLE = 'termwatch-analyse-worker';

export interface WorkerInit {
  role: typeof WORKER_ROLE;
}

export function isWorkerInit(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === WORKER_ROLE;
}

/** One document to analyse: the file as the main thread read and checked it, and how to report it. */
export interface AnalyseTask {
  file: LoadedFile;
  format: AnalyzeFormat;
  url?: string;
  seenAt?: number;
}

/** Two versions of one document to compare (`termwatch diff`): both analyses and the diff run within one budget. */
export interface DiffTask {
  kind: 'diff';
  before: LoadedFile;
  after: LoadedFile;
  format: DiffFormat;
}

export type WorkerTask = AnalyseTask | DiffTask;

/** The file(s) a task reads, for the one line that says it failed. */
export function taskName(task: WorkerTask): string {
  return 'kind' in task ? `${task.before.path} → ${task.after.path}` : task.file.path;
}

export type WorkerReply =
  /** Posted once the analyser is loaded: a document's time budget starts when it is handed over, not at start-up. */
  | { type: 'ready' }
  /** `ms`: parse, detect, extract, analyse and format, as the worker measured them. */
  | { type: 'done'; chunk: string; ms: number }
  | { type: 'failed'; message: string; ms: number };
