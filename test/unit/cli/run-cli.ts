// Calls the CLI's main() in-process and captures what it prints; analysis workers are the bundled test workers.
import { main, type CliRuntime } from '../../../src/cli/main';
import { testWorkers } from './test-workers';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Every write in order, e.g. to see that a report was written before a later file failed. */
  writes: { to: 'stdout' | 'stderr'; text: string }[];
}

export async function runCli(argv: string[], runtime?: CliRuntime): Promise<CliRun> {
  const writes: CliRun['writes'] = [];
  const analysisWorker = runtime?.analysisWorker ?? (await testWorkers()).cli;
  const code = await main(
    argv,
    {
      stdout: (text) => void writes.push({ to: 'stdout', text }),
      stderr: (text) => void writes.push({ to: 'stderr', text }),
    },
    { ...runtime, analysisWorker },
  );
  const all = (to: 'stdout' | 'stderr'): string =>
    writes
      .filter((w) => w.to === to)
      .map((w) => w.text)
      .join('');
  return { code, stdout: all('stdout'), stderr: all('stderr'), writes };
}
