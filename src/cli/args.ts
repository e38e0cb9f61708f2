// Command-line parsing over node:util parseArgs, with its errors turned into one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT_USAGE, printable } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    // parseArgs' own messages are long and suggest "--"; name the option and point to --help instead.
    const opt = /'([^']+)'/.exec(err.message ?? '')?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new CliError(`unknown option ${printable(opt ?? '')} (see termwatch --help)`, EXIT_USAGE);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliError(
        `${printable(err.message ?? 'invalid option value').split('\n')[0]} (see termwatch --help)`,
        EXIT_USAGE,
      );
    throw new CliError(`bad arguments: ${printable(err.message ?? String(e))}`, EXIT_USAGE);
  }
}

/** Value of an enumerated option, or a usage error naming the choices. */
export function choice<T extends string>(
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
  flag: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${flag} must be one of ${allowed.join(', ')} (got ${printable(String(value))})`, EXIT_USAGE);
}

/** --seen-at: an ISO date or date-time ("2023-08-07", "2023-08-07T09:30:00Z") → ms epoch. */
export function parseDate(value: string | boolean | undefined, flag: string): number | undefined {
  if (value === undefined || typeof value !== 'string') return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms))
    throw new CliError(`${flag} must be an ISO date like 2023-08-07 (got ${printable(value)})`, EXIT_USAGE);
  return ms;
}

/** A positive number option (--timeout 0.5, --jobs 2), or a usage error saying what is allowed. */
export function parsePositive(
  value: string | boolean | undefined,
  flag: string,
  fallback: number,
  { integer = false, max }: { integer?: boolean; max: number },
): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n > 0 && n <= max) || (integer && !Number.isInteger(n))) {
    const range = integer ? `a whole number from 1 to ${max}` : `a number above 0, at most ${max}`;
    throw new CliError(`${flag} must be ${range} (got ${printable(String(value))})`, EXIT_USAGE);
  }
  return n;
}
