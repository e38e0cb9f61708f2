// The analysis worker: receives one document at a time, runs the whole pipeline on it and posts back its report text.
// It runs in a worker thread so that the main thread can abandon a document that takes too long (terminate()), which
// is the only way to stop synchronous code such as a regular expression that backtracks.
import { parentPort } from 'node:worker_threads';
import { printable } from '../cli-error';
import { taskName, type WorkerReply, type WorkerTask } from './protocol';
import { reportChunk } from './report-chunk';

/** Turns a task into its report text; tests substitute a handler that stalls or throws on chosen files. */
export type AnalyseHandler = (task: WorkerTask) => Promise<string>;

export async function analyseTask(task: WorkerTask): Promise<string> {
  if ('kind' in task) {
    const { diffReportText } = await import('../commands/diff-report');
    return diffReportText(task);
  }
  const { file, format, url, seenAt } = task;
  const { analyseFile } = await import('../pipeline');
  return reportChunk(format, await analyseFile(file, { url, seenAt }));
}

const WARM_UP = `# Terms

We may share your personal data with third parties and use your content to train our AI models.

You can opt out at any time. We keep your data for as long as your account is open.
`;

async function warmUp(): Promise<void> {
  const { analyseFile } = await import('../pipeline');
  await analyseFile({ path: 'warm-up.md', content: WARM_UP, bytes: WARM_UP.length, mtimeMs: 0 });
}

/** Serves tasks on parentPort until the main thread terminates the worker. */
export async function serveAnalyses(handle: AnalyseHandler = analyseTask): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses runs in a worker thread');
  const reply = (message: WorkerReply): void => port.postMessage(message);
  // Loading the analyser and its NLP library, and their first run, take seconds; do both before saying ready, so that
  // no document's time budget pays for them.
  await warmUp();
  port.on('message', (task: WorkerTask) => {
    const start = performance.now();
    // then(): a handler that throws before returning its promise is reported like one that rejects.
    Promise.resolve(task)
      .then(handle)
      .then(
        (chunk) => reply({ type: 'done', chunk, ms: performance.now() - start }),
        (e: unknown) => {
          const reason = printable(e instanceof Error ? e.message : String(e));
          reply({
            type: 'failed',
            message: `${printable(taskName(task))} could not be analysed (${reason})`,
            ms: performance.now() - start,
          });
        },
      );
  });
  reply({ type: 'ready' });
}
