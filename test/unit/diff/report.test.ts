import { describe, expect, it } from 'vitest';
import {
  buildDiffReport,
  diffReportToMarkdown,
  diffVersions,
  diffWithWordingEdits,
  type DocumentSummaryJson,
} from '../../../src/core/diff';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { FEES, INTRO, ML_GRANT, snapshot, type C } from './helpers';

const validateDiffReport = new Ajv2020({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(new URL('../../../schemas/diff-report.schema.json', import.meta.url), 'utf8')) as object,
);
const schemaErrors = (value: unknown): string =>
  validateDiffReport(value) ? '' : JSON.stringify(validateDiffReport.errors, null, 1);

const OLD: DocumentSummaryJson = {
  source: 'old.md',
  title: 'Terms',
  kind: 'terms',
  isLegal: true,
  hash: 'a'.repeat(64),
  wordCount: 100,
};
const NEW: DocumentSummaryJson = {
  source: 'new.md',
  title: 'Terms',
  kind: 'terms',
  isLegal: true,
  hash: 'b'.repeat(64),
  wordCount: 120,
};

describe('buildDiffReport', () => {
  it('has exactly the CLI JSON shape', () => {
    const changes = diffVersions(
      snapshot([INTRO, FEES]),
      snapshot([INTRO, ML_GRANT, { ...FEES, text: 'You agree to pay every charge for the subscription you select.' }]),
    );
    const extra = { ...NEW, url: 'https://x', seenAt: 'now' } as DocumentSummaryJson;
    const report = JSON.parse(JSON.stringify(buildDiffReport(OLD, extra, changes))) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['schemaVersion', 'old', 'new', 'changes', 'wordingEdits']);
    expect(report.wordingEdits).toEqual({ sameEffect: true, count: 0, lines: [], changes: [] });
    expect(report.schemaVersion).toBe(1);
    expect(Object.keys(report.new as object).sort()).toEqual([
      'hash',
      'isLegal',
      'kind',
      'source',
      'title',
      'wordCount',
    ]);
    const first = (report.changes as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'after',
        'before',
        'category',
        'impact',
        'right',
        'section',
        'severity',
        'stanceAfter',
        'stanceBefore',
        'type',
        'wordDiff',
      ].sort(),
    );
    expect(first).toMatchObject({
      type: 'added',
      category: 'ai_training',
      stanceAfter: 'grant',
      impact: 'worse',
      right: 'new',
    });
    const last = (report.changes as Array<Record<string, unknown>>).at(-1)!;
    expect(last).toMatchObject({
      type: 'modified',
      category: null,
      stanceBefore: null,
      stanceAfter: null,
      severity: null,
      impact: 'neutral',
      right: null,
    });
  });
});

describe('diffReportToMarkdown', () => {
  it('lists the summary and each flagged change under its impact', () => {
    const md = diffReportToMarkdown(
      buildDiffReport(OLD, NEW, diffVersions(snapshot([INTRO]), snapshot([INTRO, ML_GRANT]))),
    );
    expect(md).toContain('# Changes in Terms');
    expect(md).toContain('- New: AI / machine-learning training grant in §10.4');
    expect(md).toContain('## Worse for you (2)');
    expect(md).toContain('> You grant us a perpetual licence');
  });

  it('marks word-level edits and escapes page text', () => {
    const before: C[] = [{ section: '9', text: 'We may use your content.', f: [['content_licence', 'grant', 'low']] }];
    const after: C[] = [
      {
        section: '9',
        text: 'We may use your content [forever](javascript:alert(1)) <img src=x>.',
        f: [['content_licence', 'grant', 'high']],
      },
    ];
    const md = diffReportToMarkdown(buildDiffReport(OLD, NEW, diffVersions(snapshot(before), snapshot(after))));
    expect(md).toMatch(/<ins>[^<]*\\\[forever\\\]/);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\]\(javascript/);
  });

  it('lists the same-effect wording edits apart, as a count and lines, never among the changes', () => {
    const reworded = { ...FEES, text: 'You agree to pay all the charges for the subscription you select.' };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, FEES]),
      snapshot([INTRO, ML_GRANT, reworded]),
    );
    expect(wordingEdits).toHaveLength(1);
    const report = buildDiffReport(OLD, NEW, changes, wordingEdits);
    expect(report.changes.map((c) => c.after)).not.toContain(reworded.text);
    expect(report.wordingEdits).toMatchObject({ sameEffect: true, count: 1, changes: [{ after: reworded.text }] });
    expect(report.wordingEdits.lines).toEqual(['Reworded in §3: added "the"']);
    expect(schemaErrors(JSON.parse(JSON.stringify(report)))).toBe('');
    // The schema holds the edits to their mark: a list without it is not a diff report.
    expect(schemaErrors({ ...report, wordingEdits: { ...report.wordingEdits, sameEffect: false } })).not.toBe('');
    const md = diffReportToMarkdown(report);
    expect(md).toContain('## Wording edits, same effect (1)');
    expect(md).toContain('- Reworded in §3: added "the"');
    expect(md.indexOf('## Wording edits')).toBeGreaterThan(md.indexOf('## Worse for you'));
  });
});
