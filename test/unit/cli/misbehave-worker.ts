// Test-only analysis worker: the real one (serveAnalyses, analyseTask), except for files whose names ask it to
// misbehave. Production code has no such hook; tests hand this script to the CLI through main()'s runtime argument.
import { taskName } from '../../../src/cli/batch/protocol';
import { analyseTask, serveAnalyses } from '../../../src/cli/batch/worker';

/** Never returns, synchronously, as a catastrophically backtracking regex would: only terminate() stops it. */
function spin(): never {
  for (;;) Math.sqrt(Math.random());
}

/** Allocates until the worker's heap limit ends it. */
function hog(): never {
  const kept: number[][] = [];
  for (;;) kept.push(new Array<number>(100_000).fill(Math.random()));
}

await serveAnalyses(async (task) => {
  const name = taskName(task); // a diff is named by its NEW file last
  if (name.endsWith('.stall.md')) spin();
  if (name.endsWith('.throw.md')) throw new Error('simulated bug');
  if (name.endsWith('.exit.md')) process.exit(7); // in a worker thread, ends the thread only
  if (name.endsWith('.hog.md')) hog();
  return analyseTask(task);
});
