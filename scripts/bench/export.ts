// Export cost relative to the analysis it formats, measured side by side on the Zoom ToS (Aug 7 2023).
// The popup exports on a click, so formatting should be a small fraction of analysing; and it should scale linearly.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeClauses } from '../../src/core/analyze';
import { textToClauses } from '../../src/core/analyze/plain-text';
import { toCsv, toMarkdown, toReportJson, type ExportInput } from '../../src/core/export';
import { compareMs, row } from '../bench-util';

const here = dirname(fileURLToPath(import.meta.url));

function scaled(input: ExportInput, times: number): ExportInput {
  // `times` copies of every clause and finding, with fresh ids: a document `times` longer.
  const clauses = Array.from({ length: times }, (_, k) =>
    input.clauses.map((c) => ({ ...c, id: `${c.id}-${k}` })),
  ).flat();
  const findings = Array.from({ length: times }, (_, k) =>
    input.analysis.findings.map((f) => ({ ...f, clauseId: `${f.clauseId}-${k}` })),
  ).flat();
  return { ...input, clauses, analysis: { ...input.analysis, findings } };
}

export async function run(): Promise<void> {
  const text = readFileSync(join(here, '..', '..', 'test', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md'), 'utf8');
  const clauses = textToClauses(text);
  const analysis = analyzeClauses(clauses);
  const input: ExportInput = {
    url: 'https://zoom.us/terms',
    title: 'Zoom Terms of Service',
    kind: 'terms',
    isLegal: true,
    seenAt: Date.UTC(2023, 7, 7),
    versionHash: '0'.repeat(64),
    wordCount: text.split(/\s+/).length,
    clauses,
    analysis,
    lang: 'en',
  };
  row(`input: ${clauses.length} clauses, ${analysis.findings.length} findings`, '');
  const analyse = (): unknown => analyzeClauses(clauses);
  const json = compareMs(() => JSON.stringify(toReportJson(input)), analyse, 9, 2);
  const csv = compareMs(() => toCsv(input), analyse, 9, 2);
  const md = compareMs(() => toMarkdown(input), analyse, 9, 2);
  row('analyzeClauses, median ms', json.b.toFixed(2));
  row('JSON export / analysis', `${json.ratio.toFixed(4)} (${json.a.toFixed(2)} ms)`);
  row('CSV export / analysis', `${csv.ratio.toFixed(4)} (${csv.a.toFixed(2)} ms)`);
  row('Markdown export / analysis', `${md.ratio.toFixed(4)} (${md.a.toFixed(2)} ms)`);
  const big = scaled(input, 20);
  const lin = compareMs(
    () => toCsv(big),
    () => toCsv(input),
    9,
    2,
  );
  const linMd = compareMs(
    () => toMarkdown(big),
    () => toMarkdown(input),
    9,
    2,
  );
  row('CSV 20× document / 1× (linear ≈ 20)', lin.ratio.toFixed(1));
  row('Markdown 20× document / 1× (linear ≈ 20)', linMd.ratio.toFixed(1));
}
