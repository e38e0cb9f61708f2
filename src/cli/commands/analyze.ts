// `termwatch analyze FILE… [--format text|json|csv|md] [--url URL] [--seen-at DATE]`
import { toCsvMany, toMarkdown, toReportJson } from '../../core/export';
import { choice, parse, parseDate } from '../args';
import { CliError, EXIT_OK, EXIT_USAGE } from '../cli-error';
import { loadFile } from '../load-file';
import type { CliIo } from '../io';
import { toTextReport } from '../text-report';

export const ANALYZE_FORMATS = ['text', 'json', 'csv', 'md'] as const;

export const ANALYZE_HELP = `Usage: termwatch analyze FILE... [options]

Reads terms/privacy pages saved as HTML, Markdown or plain text and reports the clauses that
matter (AI training, data sharing and sale, content licences, tracking, retention, changes).

Options:
  --format text|json|csv|md  Output format (default: text). json prints one object per file,
                             or an array when several files are given.
  --url URL                  The page's real address (one FILE only); used for detection and names.
  --seen-at DATE             When this version was seen (ISO date); default: the file's mtime.
  -h, --help                 Show this help.
`;

export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    url: { type: 'string' },
    'seen-at': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(ANALYZE_HELP);
    return EXIT_OK;
  }
  const format = choice(values.format, ANALYZE_FORMATS, 'text', '--format');
  const seenAt = parseDate(values['seen-at'], '--seen-at');
  const url = typeof values.url === 'string' ? values.url : undefined;
  if (!positionals.length) throw new CliError('analyze needs at least one FILE (see termwatch analyze --help)', EXIT_USAGE);
  if (url !== undefined && positionals.length > 1) throw new CliError('--url applies to one FILE only', EXIT_USAGE);
  if (url !== undefined && !URL.canParse(url)) throw new CliError('--url must be an absolute URL like https://zoom.us/terms', EXIT_USAGE);

  // Check every file before analysing any, so a typo in the last one fails fast.
  const files = await Promise.all(positionals.map((p) => loadFile(p)));
  // Loaded lazily: the analyser and its NLP library take a while to load, and --help or a bad path should not wait.
  const { analyseFile } = await import('../pipeline');
  const results = [];
  for (const file of files) results.push(await analyseFile(file, { url, seenAt }));

  if (format === 'json') {
    const reports = results.map((r) => toReportJson(r.input));
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  } else if (format === 'csv') {
    io.stdout(toCsvMany(results.map((r) => r.input)));
  } else if (format === 'md') {
    io.stdout(results.map((r) => toMarkdown(r.input)).join('\n'));
  } else {
    io.stdout(results.map((r) => toTextReport(r.input, r.detection)).join('\n'));
  }
  return EXIT_OK;
}
