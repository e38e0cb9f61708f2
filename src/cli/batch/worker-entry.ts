// Which script an analysis worker runs. Built (dist/cli/termwatch.mjs), the CLI is one bundle and the worker is that
// same bundle: main.ts sees the worker role in workerData and serves analyses instead of parsing a command line, so
// there is no second copy of the analyser to build or ship. From source (`npx tsx src/cli/main.ts`), the worker runs
// main.ts too, through tsx, which the worker must register itself: Node 20 does not pass `--import` hooks on to
// worker threads.
import type { WorkerOptions } from 'node:worker_threads';
import { WORKER_ROLE, type WorkerInit } from './protocol';

export interface WorkerEntry {
  /** A module URL, or (with options.eval) code. */
  script: URL | string;
  options: WorkerOptions;
}

const workerData: WorkerInit = { role: WORKER_ROLE };

/** A worker whose script is an ES module file Node runs as it is (a bundle, or plain .mjs). */
export function moduleEntry(script: URL): WorkerEntry {
  return { script, options: { workerData } };
}

/** A worker that runs a TypeScript module through tsx (source checkouts and tests only). */
export function typeScriptEntry(script: URL): WorkerEntry {
  // The ESM build of tsx's API (require.resolve would find the CommonJS one).
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  return { script: code, options: { eval: true, workerData } };
}

/** The CLI's own entry: this bundle when built, src/cli/main.ts under tsx. */
export function defaultWorkerEntry(): WorkerEntry {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? typeScriptEntry(new URL('../main.ts', here)) : moduleEntry(here);
}
