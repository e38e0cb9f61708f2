// `npx tsx scripts/cue-starts.ts`: writes src/core/analyze/cue-starts.json, what the cue scan needs of each pre-filter
// test (cue-scan.ts, StartsTable), so that a cold worker does not read it from the tests' sources. Run it after a
// change to a rule's cues, a category's `requires` or a veto's regexes: test/unit/analyze/cue-starts.test.ts fails
// until then (meanwhile a test the file lacks is read from its source: the same scan, built more slowly).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startsTable } from '../src/core/analyze/cue-scan';
import { cueScanTests } from '../src/core/analyze/engine';

export const CUE_STARTS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'core',
  'analyze',
  'cue-starts.json',
);

/** The file's text for the rules as they are: one element and one test a line, so that a change diffs by line. */
export function cueStartsText(): string {
  const { elements, tests } = startsTable(cueScanTests());
  const lines = (xs: string[]): string => xs.map((x) => `    ${x}`).join(',\n');
  return [
    '{',
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
  writeFileSync(CUE_STARTS_FILE, cueStartsText());
  console.log(`wrote ${CUE_STARTS_FILE}`);
}
