// Errors the CLI reports as one plain line ("termwatch: …") with an exit code, never as a stack trace.
import { printableLine } from '../core/export/control-chars';

/** Exit codes: 1 = a file could not be read or analysed, 2 = the command line itself is wrong. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Control characters (newlines, ESC for terminal escape sequences) out of text we print: one line, nothing injected. */
export function printable(text: string): string {
  return printableLine(text);
}
