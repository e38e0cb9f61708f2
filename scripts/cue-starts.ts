// `npx tsx scripts/cue-starts.ts`: writes src/core/analyze/cue-starts.json, what the cue scan needs of each pre-filter
// test (cue-scan.ts, StartsTable), so that a cold worker does not read it from the tests' sources, and sets
// cue-scan.ts's STARTS_VERSION to the hash of that file's text, which the table is stamped with. Run it after a
// change to a rule's cues, a category's `requires`, a veto's regexes or cue-scan.ts:
// test/unit/analyze/cue-starts.test.ts fails until then (meanwhile a test the file lacks is read from its source, and
// a table of another version is not read at all: the same scan, built more slowly).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STARTS_VERSION, startsTable } from '../src/core/analyze/cue-scan';
import { cueScanTests } from '../src/core/analyze/engine';

const ANALYZE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'analyze');
export const CUE_STARTS_FILE = join(ANALYZE_DIR, 'cue-starts.json');
export const CUE_SCAN_FILE = join(ANALYZE_DIR, 'cue-scan.ts');

/** The line of cue-scan.ts that holds its version (left out of what the version hashes). */
const VERSION_LINE = /^export const STARTS_VERSION = '[^'\n]*';$/m;

/** The version cue-scan.ts's text gives: a hash of it without its version line (and with "\n" line ends). */
export function cueScanVersion(text = readFileSync(CUE_SCAN_FILE, 'utf8')): string {
  if (!VERSION_LINE.test(text)) throw new Error(`cue-starts: no STARTS_VERSION line in ${CUE_SCAN_FILE}`);
  const body = text.replace(/\r\n/g, '\n').replace(VERSION_LINE, '');
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

/** The file's text for the rules as they are: one element and one test a line, so that a change diffs by line. */
export function cueStartsText(): string {
  const { version, words, elements, tests } = startsTable(cueScanTests(), cueScanVersion());
  const lines = (xs: string[]): string => xs.map((x) => `    ${x}`).join(',\n');
  return [
    '{',
    `  "version": ${JSON.stringify(version)},`,
    `  "words": ${JSON.stringify(words)},`,
    '  "elements": [',
    lines(elements.map((e) => JSON.stringify(e))),
    '  ],',
    '  "tests": {',
    lines(Object.entries(tests).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)),
    '  }',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const version = cueScanVersion();
  if (version !== STARTS_VERSION) {
    const text = readFileSync(CUE_SCAN_FILE, 'utf8');
    writeFileSync(CUE_SCAN_FILE, text.replace(VERSION_LINE, `export const STARTS_VERSION = '${version}';`));
    console.log(`set STARTS_VERSION = '${version}' in ${CUE_SCAN_FILE}`);
  }
  writeFileSync(CUE_STARTS_FILE, cueStartsText());
  console.log(`wrote ${CUE_STARTS_FILE}`);
}
