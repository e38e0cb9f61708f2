// The summary shown and stored is computed from the findings by the side that shows it, and equals the analyser's own.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import { analysisResultOf } from '../../../src/core/report/page-report';

const clauses = textToClauses(
  'We may use your content to train our machine learning models. We may sell your personal data to advertisers.',
);

describe('analysisResultOf', () => {
  it.each([['en'], ['de'], ['EN-GB'], ['und']])('gives the same result as analyzeClauses for lang %s', (lang) => {
    const { summary, ...output } = analyzeClauses(clauses, { lang });
    expect(analysisResultOf(output, { isLegal: true, wordCount: 500 }, clauses)).toEqual({ ...output, summary });
  });

  it('grades the findings it gets, whatever summary came with them', () => {
    const { findings, analyserVersion } = analyzeClauses(clauses);
    const forged = { analyserVersion, languageSupported: true, findings, summary: { grade: 'A', score: 100 } };
    const result = analysisResultOf(forged, { isLegal: true, wordCount: 500 }, clauses);
    expect(result.summary.grade).not.toBe('A');
    expect(result.summary).toEqual(analyzeClauses(clauses).summary);
  });

  it.each([
    ['a page not detected as legal', { isLegal: false, wordCount: 500 }, 'not-legal'],
    ['a stub', { isLegal: true, wordCount: 49 }, 'too-short'],
  ] as const)('gives %s no grade, and says why', (_what, doc, reason) => {
    const result = analysisResultOf(analyzeClauses(clauses), doc, clauses);
    expect(result.summary.grade).toBeNull();
    expect(result.summary.score).toBeNull();
    expect(result.summary.ungraded).toBe(reason);
    expect(result.summary.driver).toMatch(/^Not graded/);
  });
});

describe('analysisResultOf reads the whole document', () => {
  it('reads a right to opt out of sale as an explanation where the document denies the sale (GUIDE S1)', () => {
    const page = textToClauses(
      'California residents may opt out of the sale of their Personal Information. We do not sell your personal information.',
    );
    const { summary: _summary, ...output } = analyzeClauses(page);
    const right = (findings: readonly { category: string; clauseId: string; role?: string }[]) =>
      findings.find((f) => f.category === 'data_sale' && f.clauseId === page[0]!.id);
    expect(right(output.findings)?.role).toBeUndefined();
    expect(right(analysisResultOf(output, { isLegal: true, wordCount: 500 }, page).findings)?.role).toBe('explanation');
  });
});
