import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { testWorkers } from './test-workers';

const dir = mkdtempSync(join(tmpdir(), 'termwatch-cli-'));
const p = (name: string): string => join(dir, name);

beforeAll(() => {
  writeFileSync(p('empty.md'), '');
  writeFileSync(p('blank.txt'), ' \n\t\n  ');
  writeFileSync(p('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(p('latin1.txt'), Buffer.from([0x54, 0x65, 0x72, 0x6d, 0x73, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
  writeFileSync(p('ok.md'), '# Terms\n\nWe may share your data.\n');
  writeFileSync(p('huge.html'), '');
  truncateSync(p('huge.html'), 50 * 1024 * 1024); // sparse: 50 MB on paper, no disk used
});
// runCli hands the CLI a bundled analysis worker: build it here, not inside the first test's time.
beforeAll(() => testWorkers(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// [argv, exit code, stderr pattern]
const cases: [string, () => string[], number, RegExp][] = [
  ['missing file', () => ['analyze', p('nope.md')], 1, /no such file/],
  ['directory', () => ['analyze', dir], 1, /is a directory/],
  ['binary (NUL bytes)', () => ['analyze', p('image.png')], 1, /looks like a binary file \(NUL byte at offset 8\)/],
  ['invalid UTF-8', () => ['analyze', p('latin1.txt')], 1, /is not valid UTF-8/],
  ['empty file', () => ['analyze', p('empty.md')], 1, /is empty$/],
  ['whitespace only', () => ['analyze', p('blank.txt')], 1, /contains only whitespace/],
  ['50 MB file', () => ['analyze', p('huge.html')], 1, /is too large \(50\.0 MB; the limit is 20\.0 MB\)/],
  ['device, not a file', () => ['analyze', '/dev/null'], 1, /is not a regular file/],
  ['diff with a missing side', () => ['diff', p('ok.md'), p('nope.md')], 1, /no such file/],
  ['unknown option', () => ['analyze', '--bogus', p('ok.md')], 2, /unknown option --bogus/],
  ['unknown short option', () => ['analyze', '-x', p('ok.md')], 2, /unknown option -x/],
  ['unknown top-level option', () => ['--bogus'], 2, /unknown option --bogus/],
  ['unknown command', () => ['frobnicate'], 2, /unknown command frobnicate/],
  [
    'bad --format',
    () => ['analyze', '--format', 'xml', p('ok.md')],
    2,
    /--format must be one of text, json, ndjson, csv, md/,
  ],
  ['--format without value', () => ['analyze', p('ok.md'), '--format'], 2, /--format/],
  [
    'diff --format csv',
    () => ['diff', '--format', 'csv', p('ok.md'), p('ok.md')],
    2,
    /--format must be one of md, json/,
  ],
  ['analyze without files', () => ['analyze'], 2, /needs at least one FILE/],
  ['diff with one file', () => ['diff', p('ok.md')], 2, /exactly two files/],
  [
    '--url with two files',
    () => ['analyze', '--url', 'https://zoom.us/terms', p('ok.md'), p('ok.md')],
    2,
    /--url applies to one FILE only/,
  ],
  ['--url not a URL', () => ['analyze', '--url', 'zoom terms', p('ok.md')], 2, /--url must be an absolute URL/],
  [
    '--timeout 0',
    () => ['analyze', '--timeout', '0', p('ok.md')],
    2,
    /--timeout must be a number above 0, at most 86400 \(got 0\)/,
  ],
  [
    '--timeout not a number',
    () => ['analyze', '--timeout', '30s', p('ok.md')],
    2,
    /--timeout must be a number above 0/,
  ],
  [
    '--jobs not whole',
    () => ['analyze', '--jobs', '1.5', p('ok.md')],
    2,
    /--jobs must be a whole number from 1 to 64 \(got 1\.5\)/,
  ],
  ['--jobs 0', () => ['analyze', '--jobs', '0', p('ok.md')], 2, /--jobs must be a whole number/],
  ['bad --seen-at', () => ['analyze', '--seen-at', 'yesterday', p('ok.md')], 2, /--seen-at must be an ISO date/],
  ['control characters in a path', () => ['analyze', p('evil\u001b[31m\nname.md')], 1, /no such file/],
];

describe('termwatch bad input', () => {
  it.each(cases)('%s → one "termwatch:" line, exit code, no stack trace', async (_name, argv, code, pattern) => {
    const r = await runCli(argv());
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^termwatch: [^\n]*\n$/);
    expect(r.stderr.trimEnd()).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+|\u001b/);
  });
});
