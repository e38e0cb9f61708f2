// `termwatch analyze` and `termwatch diff` end to end, in-process, on the Zoom fixtures.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportSchemaErrors } from '../export/validate-report';
import { runCli } from './run-cli';

const MARCH = 'test/fixtures/terms/zoom-tos-2023-03-31.md';
const AUG = 'test/fixtures/terms/zoom-tos-2023-08-11.md';

// Each run starts an analysis worker (a second or more on a loaded machine) and analyses Zoom's terms.
describe('termwatch analyze', { timeout: 60_000 }, () => {
  it('--format json on one file prints one schema-valid object', async () => {
    const r = await runCli(['analyze', '--format', 'json', MARCH]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as unknown;
    expect(Array.isArray(out)).toBe(false);
    expect(reportSchemaErrors(out)).toBe('');
    expect((out as { document: { source: string } }).document.source).toBe(MARCH);
  });

  it('--format json on several files prints an array, one valid report per file, in order', async () => {
    const r = await runCli(['analyze', MARCH, AUG, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { document: { source: string } }[];
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((x) => x.document.source)).toEqual([MARCH, AUG]);
    for (const report of out) expect(reportSchemaErrors(report)).toBe('');
  });

  it('--format csv on two files: one header, rows from both', async () => {
    const r = await runCli(['analyze', '--format', 'csv', MARCH, AUG]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/clause_id,url,/g)).toHaveLength(1);
    const rows = parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((x) => x.url!.split('/').pop()))).toEqual(
      new Set(['zoom-tos-2023-03-31.md', 'zoom-tos-2023-08-11.md']),
    );
  });

  it('--format md and the default text report name the grade and the AI-training clauses', async () => {
    const md = await runCli(['analyze', '--format', 'md', MARCH]);
    expect(md.stdout).toMatch(/^## Termwatch report: /);
    expect(md.stdout).toContain('### AI / machine-learning training');
    const text = await runCli(['analyze', MARCH, '--seen-at', '2023-03-31']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/grade: {4}[A-E] \(score \d+\/100\)/);
    expect(text.stdout).toContain('AI / machine-learning training (');
    expect(text.stdout).toContain('seen 2023-03-31');
  });

  it('--url is used as the page address', async () => {
    const r = await runCli(['analyze', '--format', 'json', '--url', 'https://explore.zoom.us/en/terms/', MARCH]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      document: { url: 'https://explore.zoom.us/en/terms/', source: MARCH },
    });
  });
});

describe('termwatch diff', { timeout: 60_000 }, () => {
  it('--format json gives the diff report with both documents', async () => {
    const r = await runCli(['diff', MARCH, AUG, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      schemaVersion: number;
      old: { source: string };
      new: { source: string };
      changes: unknown[];
    };
    expect(out.schemaVersion).toBe(1);
    expect([out.old.source, out.new.source]).toEqual([MARCH, AUG]);
    expect(out.changes.length).toBeGreaterThan(0);
  });

  it('defaults to Markdown', async () => {
    const r = await runCli(['diff', MARCH, AUG]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stdout).not.toMatch(/^\{/);
  });
});
