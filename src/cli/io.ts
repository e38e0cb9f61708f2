// Where the CLI writes: injectable so tests capture output without spawning a process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function processIo(): CliIo {
  // `termwatch analyze … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t) };
}
