// The three formats over the real Zoom ToS, through the same pipeline as the extension, against reviewed snapshots.
// After an analyser change: UPDATE_SNAPSHOTS=1 npx vitest run --project unit test/unit/export, then READ the git diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/cli/load-file';
import { analyseFile } from '../../../src/cli/pipeline';
import { exportFileName, toCsv, toMarkdown, toReportJson, type ExportInput } from '../../../src/core/export';
import { reportSchemaErrors } from './validate-report';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const FIXTURES = [
  { file: 'zoom-tos-2023-03-31.md', seenAt: '2023-03-31' },
  { file: 'zoom-tos-2023-08-11.md', seenAt: '2023-08-11' },
] as const;

async function exportInput(file: string, seenAt: string): Promise<ExportInput> {
  const rel = `test/fixtures/terms/${file}`;
  const loaded = await loadFile(join(root, rel));
  // A repo-relative source and a fixed URL and date keep the snapshots the same on every machine.
  const { input } = await analyseFile(
    { ...loaded, path: rel },
    { url: 'https://explore.zoom.us/en/terms/', seenAt: Date.parse(`${seenAt}T00:00:00Z`) },
  );
  return input;
}

function matchSnapshot(name: string, actual: string): void {
  const path = join(root, 'test/fixtures/export', name);
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`missing snapshot ${name}: run with UPDATE_SNAPSHOTS=1 and review it`);
    writeFileSync(path, actual);
    return;
  }
  expect(
    actual,
    `${name} differs from its reviewed snapshot (UPDATE_SNAPSHOTS=1 to rewrite, then review the diff)`,
  ).toBe(readFileSync(path, 'utf8'));
}

describe.each(FIXTURES)('Zoom ToS $file', ({ file, seenAt }) => {
  const base = file.replace(/\.md$/, '');

  it('JSON matches its snapshot and the schema', async () => {
    const report = toReportJson(await exportInput(file, seenAt));
    expect(reportSchemaErrors(report)).toBe('');
    matchSnapshot(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  });

  it('CSV matches its snapshot', async () => {
    matchSnapshot(`${base}.csv`, toCsv(await exportInput(file, seenAt)));
  });

  it('Markdown matches its snapshot', async () => {
    matchSnapshot(`${base}.md`, toMarkdown(await exportInput(file, seenAt)));
  });

  it('file name says what and when', async () => {
    expect(exportFileName(await exportInput(file, seenAt), 'csv')).toBe(
      `termwatch-explore.zoom.us-terms-${seenAt}.csv`,
    );
  });
});

describe('Zoom AI-training stance over time (what the snapshots must show)', () => {
  it('March 2023 grants ML/AI rights; August 11 restricts them, and never as a grant', async () => {
    const march = toReportJson(await exportInput('zoom-tos-2023-03-31.md', '2023-03-31'));
    const aug = toReportJson(await exportInput('zoom-tos-2023-08-11.md', '2023-08-11'));
    const ai = (r: typeof march, stance: string): string[] =>
      r.clauses.filter((c) => c.category === 'ai_training' && c.stance === stance).map((c) => c.text);
    expect(ai(march, 'grant').length).toBeGreaterThan(0);
    expect(ai(aug, 'restrict').some((t) => /does not use/i.test(t))).toBe(true);
    expect(ai(aug, 'grant').filter((t) => /does not use .* to train/i.test(t))).toEqual([]);
  });
});
