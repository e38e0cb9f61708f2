// Real documents for change-report tests (test/fixtures/terms/changes and terms/, Open Terms Archive contributors,
// ODC-BY 1.0; see test/fixtures/SOURCES.md), run through what the extension runs on a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neutralUrl, runDocument } from '../../../scripts/eval/real/run-document';
import type { VersionSnapshot } from '../../../src/core/diff';

const TERMS = join(import.meta.dirname, '..', '..', 'fixtures', 'terms');

export const REAL_DOCUMENTS = [
  'changes/facebook-ads-tos-2022-08-18-646b2a9dc5.md',
  'changes/commentcamarche-privacy-2026-08-22-2888fdeee5.md',
  'changes/windstream-privacy-2023-01-14-00ea9983ef.md',
  'tumblr-tos-2026-07-15-snapshot.md',
] as const;

export function readDocument(name: string): string {
  return readFileSync(join(TERMS, name), 'utf8');
}

export async function snapshotOf(markdown: string): Promise<VersionSnapshot> {
  const run = await runDocument(markdown, neutralUrl(1));
  return { clauses: run.clauses, findings: run.analysis.findings };
}
