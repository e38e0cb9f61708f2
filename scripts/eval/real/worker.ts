// Worker thread of the real-document eval: runs documents through the extension's pipeline (run-document.ts) and
// posts the extraction as soon as it exists, then the analysis. The parent ends a worker whose analysis does not
// finish in time (a pattern that backtracks without end) and still scores the document's units from the extraction.
import { parentPort } from 'node:worker_threads';
import type { AnalysisResult } from '../../../src/core/types';
import { runDocument, type DocumentExtraction, type ModelMode } from './run-document';

export interface DocumentJob {
  id: number;
  markdown: string;
  url: string;
  /** The classifier beside the rules (AnalyzeOptions.model); unset: as shipped. */
  model?: ModelMode;
  /** A weights file in place of the shipped one (a fold model). */
  modelWeights?: string;
}

export type WorkerMessage =
  | { id: number; type: 'extracted'; extraction: DocumentExtraction }
  | { id: number; type: 'analysed'; analysis: AnalysisResult }
  | { id: number; type: 'failed'; error: string };

const port = parentPort;
if (port) {
  port.on('message', (job: DocumentJob) => {
    const post = (m: WorkerMessage): void => port.postMessage(m);
    runDocument(
      job.markdown,
      job.url,
      (extraction) => post({ id: job.id, type: 'extracted', extraction }),
      job.model,
      job.modelWeights,
    ).then(
      (run) => post({ id: job.id, type: 'analysed', analysis: run.analysis }),
      (err: unknown) => post({ id: job.id, type: 'failed', error: err instanceof Error ? err.message : String(err) }),
    );
  });
}
