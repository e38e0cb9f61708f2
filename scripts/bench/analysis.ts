// Analyser cost against a full compromise parse of the same text (the requirement: ≤ 0.1×), measured side by side.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { analyzeClauses, analyzeText } from '../../src/core/analyze';
import { textToClauses } from '../../src/core/analyze/plain-text';
import { compareMs, row } from '../bench-util';

const here = dirname(fileURLToPath(import.meta.url));
// The full parser is loaded from compromise's self-contained CJS build on purpose: the ESM entry points
// ('compromise' and 'compromise/one') share ONE world, so importing full compromise here would turn the analyser's
// compromise/one into the full tagger (and measure that instead). See src/core/analyze/README.md, "compromise quirks".
const nlpFull = createRequire(import.meta.url)('compromise') as (text: string) => { json(): unknown };

export async function run(): Promise<void> {
  // The longest Zoom ToS; test/fixtures keeps a copy so the bench runs from a fresh clone.
  const text = readFileSync(join(here, '..', '..', 'test', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md'), 'utf8');
  const clauses = textToClauses(text);
  analyzeText(text); // warm the lexicon and the compiled net once, as a long-lived extension context would
  const whole = compareMs(
    () => analyzeText(text),
    () => nlpFull(text).json(),
    15,
    3,
  );
  const only = compareMs(
    () => analyzeClauses(clauses),
    () => nlpFull(text).json(),
    15,
    3,
  );
  const high = compareMs(
    () => analyzeClauses(clauses, { sensitivity: 'high' }),
    () => nlpFull(text).json(),
    9,
    2,
  );
  row(`text: zoom-tos-2023-08-07.md (${text.length} chars, ${clauses.length} clauses)`, '');
  row('analyzeText (split + analyse), median ms', whole.a.toFixed(1));
  row('analyzeClauses (analyse only), median ms', only.a.toFixed(1));
  row('full compromise nlp(text).json(), median ms', whole.b.toFixed(1));
  row('ratio analyzeText / full parse (target ≤ 0.10)', whole.ratio.toFixed(3));
  row('ratio analyzeClauses / full parse (target ≤ 0.10)', only.ratio.toFixed(3));
  row("ratio analyzeClauses sensitivity 'high' / full parse", high.ratio.toFixed(3));
}
