import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyzeClauses, analyzeText } from '../../../src/core/analyze';

describe('analyzeClauses / analyzeText', () => {
  it('refuses non-English without an all-clear', () => {
    const r = analyzeClauses([{ id: 'c0', block: 0, start: 0, end: 10, text: 'Wir verkaufen Ihre Daten.', sectionPath: [], section: '' }], { lang: 'de' });
    expect(r.languageSupported).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.summary.grade).not.toBe('A');
    expect(r.summary.driver).toMatch(/not supported/);
  });
  it('filters by category and sensitivity', () => {
    const text = 'We may sell your personal information. We may disclose your information to law enforcement when required by law.';
    expect(analyzeText(text).findings.map((f) => f.category).sort()).toEqual(['data_sale', 'data_sharing']);
    expect(analyzeText(text, { categories: ['data_sharing'] }).findings.map((f) => f.category)).toEqual(['data_sharing']);
    expect(analyzeText(text, { sensitivity: 'low' }).findings.map((f) => f.category)).toEqual(['data_sale']);
  });
  it('reports version, clauses and sections from markdown', () => {
    const r = analyzeText('# Terms\n\n**10.4 Licence**. You grant us a perpetual, irrevocable, sublicensable licence to your content.');
    expect(r.analyserVersion).toBe(ANALYSER_VERSION);
    expect(r.clauses[1]?.section).toBe('10.4 Licence');
    expect(r.findings[0]?.category).toBe('content_licence');
  });
});
