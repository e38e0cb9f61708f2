import { describe, expect, it } from 'vitest';
import { toReportJson } from '../../../src/core/export';
import { analysis, clause, finding, sampleInput } from './make-input';
import { reportSchemaErrors } from './validate-report';

describe('toReportJson', () => {
  const report = toReportJson(sampleInput());

  it('validates against schemas/report.schema.json', () => {
    expect(reportSchemaErrors(report)).toBe('');
  });

  it('fills the document block, with seenAt as ISO 8601 UTC', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.document).toMatchObject({
      source: 'https://www.zoom.us/terms',
      url: 'https://www.zoom.us/terms',
      title: 'Zoom Terms of Service',
      kind: 'terms',
      isLegal: true,
      wordCount: 87,
      seenAt: '2023-08-07T09:30:00.000Z',
      analyserVersion: 'test-1',
      lang: 'en',
    });
    expect(report.document.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists every flagged (clause, category) pair in document then category order, restrict included', () => {
    expect(report.clauses.map((c) => [c.id, c.category, c.stance])).toEqual([
      ['c1', 'ai_training', 'grant'],
      ['c2', 'ai_training', 'grant'],
      ['c2', 'content_licence', 'grant'],
      ['c3', 'ai_training', 'conditional'],
      ['c4', 'data_sale', 'restrict'],
    ]);
  });

  it('makes each clause stand alone as evidence', () => {
    const c3 = report.clauses.find((c) => c.id === 'c3')!;
    expect(c3).toMatchObject({
      section: '10.4 Customer License Grant',
      condition: 'opt_in',
      severity: 'medium',
      rule: 'ai_training.consent-required',
      url: 'https://www.zoom.us/terms',
      hash: report.document.hash,
      seenAt: '2023-08-07T09:30:00.000Z',
      tosdrCase: 'This service uses your content to train AI models only with your consent',
      tosdrCaseSource: 'termwatch',
    });
    expect(c3.text).toContain('without your consent');
    expect(report.clauses.find((c) => c.id === 'c4')).toMatchObject({
      condition: null,
      tosdrCase: 'This service does not sell your personal data',
      tosdrCaseSource: 'tosdr-legacy',
    });
  });

  it('copies the summary and keeps the language flag', () => {
    expect(report.summary).toMatchObject({ grade: 'D', score: 38, languageSupported: true });
    expect(report.summary.counts.ai_training).toBe(3);
    const unsupported = toReportJson(sampleInput({ lang: 'de', analysis: analysis([], { languageSupported: false }) }));
    expect(unsupported.summary.languageSupported).toBe(false);
    expect(unsupported.clauses).toEqual([]);
    expect(reportSchemaErrors(unsupported)).toBe('');
  });

  it('drops findings whose clause is missing instead of exporting an empty quote', () => {
    const input = sampleInput({
      clauses: [clause('c0', 'We may share your data with partners.')],
      analysis: analysis([
        finding('c0', {
          category: 'data_sharing',
          stance: 'grant',
          severity: 'high',
          evidence: ['share'],
          rule: 'data_sharing.share',
        }),
        finding('c9', { category: 'tracking', stance: 'grant', severity: 'low', evidence: [], rule: 'tracking.x' }),
      ]),
    });
    const out = toReportJson(input);
    expect(out.clauses.map((c) => c.id)).toEqual(['c0']);
    expect(reportSchemaErrors(out)).toBe('');
  });

  it('defaults lang to "und" and source to the url', () => {
    const out = toReportJson(sampleInput({ lang: undefined, source: undefined }));
    expect(out.document.lang).toBe('und');
    expect(out.document.source).toBe(out.document.url);
    expect(reportSchemaErrors(out)).toBe('');
  });

  it('strips control characters and escape sequences from page text, keeping tabs and line breaks', () => {
    const dirty = 'Terms\u001b[2J\u001b]0;pwned\u0007 of\u0000 use\u009b31m\u007f,\tall\r\nof it';
    const out = toReportJson(
      sampleInput({
        title: dirty,
        clauses: [clause('c0', dirty, dirty, [dirty, dirty])],
        analysis: analysis([
          finding('c0', {
            category: 'data_sharing',
            stance: 'grant',
            severity: 'high',
            evidence: [dirty],
            rule: 'data_sharing.share',
          }),
        ]),
      }),
    );
    const clean = 'Terms of use,\tall\nof it';
    expect(out.document.title).toBe(clean);
    expect(out.clauses[0]).toMatchObject({
      text: clean,
      section: clean,
      sectionPath: [clean, clean],
      evidence: [clean],
    });
    expect(JSON.stringify(out)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])|\\r/i);
    expect(reportSchemaErrors(out)).toBe('');
  });

  it('rejects an invalid seenAt with a clear error', () => {
    expect(() => toReportJson(sampleInput({ seenAt: Number.NaN }))).toThrow(/seenAt/);
  });

  it('the schema rejects what it should', () => {
    const bad: [string, (r: ReturnType<typeof toReportJson>) => unknown][] = [
      ['unknown kind', (r) => ({ ...r, document: { ...r.document, kind: 'tos' } })],
      ['extra top-level field', (r) => ({ ...r, extra: 1 })],
      ['unknown stance', (r) => ({ ...r, clauses: [{ ...r.clauses[0]!, stance: 'maybe' }] })],
      ['condition on a grant', (r) => ({ ...r, clauses: [{ ...r.clauses[0]!, condition: 'opt_in' }] })],
      ['missing count', (r) => ({ ...r, summary: { ...r.summary, counts: { ai_training: 1 } } })],
      ['short hash', (r) => ({ ...r, document: { ...r.document, hash: 'abc' } })],
    ];
    for (const [name, mutate] of bad) expect(reportSchemaErrors(mutate(report)), name).not.toBe('');
  });
});
