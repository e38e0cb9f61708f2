import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyzeClauses, analyzeText, prepareAnalyser } from '../../../src/core/analyze';
import { dedupeEvidence } from '../../../src/core/analyze/engine';
import { CATEGORY_IDS, type Clause } from '../../../src/core/types';

describe('analyzeClauses / analyzeText', () => {
  it('refuses non-English without an all-clear', () => {
    const r = analyzeClauses(
      [{ id: 'c0', block: 0, start: 0, end: 10, text: 'Wir verkaufen Ihre Daten.', sectionPath: [], section: '' }],
      { lang: 'de' },
    );
    expect(r.languageSupported).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.summary.grade).toBeNull();
    expect(r.summary.ungraded).toBe('language');
    expect(r.summary.driver).toMatch(/not analysed yet/);
  });
  it('filters by category and sensitivity', () => {
    const text =
      'We may sell your personal information. We may disclose your information to law enforcement when required by law.';
    expect(
      analyzeText(text)
        .findings.map((f) => f.category)
        .sort(),
    ).toEqual(['data_sale', 'data_sharing']);
    expect(analyzeText(text, { categories: ['data_sharing'] }).findings.map((f) => f.category)).toEqual([
      'data_sharing',
    ]);
    expect(analyzeText(text, { sensitivity: 'low' }).findings.map((f) => f.category)).toEqual(['data_sale']);
  });
  it.each([
    ['We use Matomo and Segment for this purpose.', 'tracking'],
    ['We may transfer your personal data to servers in other countries.', 'data_sharing'],
    ['We use your viewing history to improve our recommendation systems.', 'ai_training'],
  ])("the rules report the weak signal in %j only at sensitivity 'high', as low severity", (text, category) => {
    // The rules' weak signals; the model, where switched on (model/switch.ts), may find such a unit at any sensitivity
    // ("We use Matomo …" as tracking, as the rules find "We use Google Analytics …").
    const rules = { model: 'off' } as const;
    expect(analyzeText(text, rules).findings).toEqual([]);
    expect(analyzeText(text, { ...rules, sensitivity: 'normal' }).findings).toEqual([]);
    const high = analyzeText(text, { ...rules, sensitivity: 'high' }).findings;
    expect(high.map((f) => [f.category, f.severity])).toEqual([[category, 'low']]);
  });
  it('a named third-party analytics service is data_sharing and tracking (low) at normal sensitivity: the provider receives the data and records the visit (GUIDE.md D1, T6)', () => {
    const f = analyzeText('We use Google Analytics and Mixpanel for this purpose.').findings;
    expect(f.map((x) => [x.category, x.stance, x.severity])).toEqual([
      ['data_sharing', 'grant', 'low'],
      ['tracking', 'grant', 'low'],
    ]);
  });
  it("keeps every normal finding at sensitivity 'high'", () => {
    const text = 'We may sell your personal information. We may share your data with advertisers.';
    const normal = analyzeText(text).findings;
    expect(normal.length).toBe(2);
    expect(analyzeText(text, { sensitivity: 'high' }).findings).toEqual(normal);
  });
  it('reports version, clauses and sections from markdown', () => {
    const r = analyzeText(
      '# Terms\n\n**10.4 Licence**. You grant us a perpetual, irrevocable, sublicensable licence to your content.',
    );
    expect(r.analyserVersion).toBe(ANALYSER_VERSION);
    expect(r.clauses[1]?.section).toBe('10.4 Licence');
    expect(r.findings[0]?.category).toBe('content_licence');
  });
  const clause = (text: string, section = ''): Clause => ({
    id: 'c0',
    block: 0,
    start: 0,
    end: text.length,
    text,
    sectionPath: section ? [section] : [],
    section,
  });
  it.each([
    // [clause text, section, expected category:stance list]
    ['3.3 Sale of data. Meetly does not sell your personal information.', '3.3 Sale of data', ['data_sale:restrict']],
    ['3.3 Sale of data. Meetly does not sell your personal information.', '', ['data_sale:restrict']],
    ['Sale of data. Meetly does not sell your personal information.', '', ['data_sale:restrict']],
    ['3.3 Sale of data.', '3.3 Sale of data', []],
    ['Sale of Personal Information', '', []],
    [
      '13.8 Disclosures to Taxing Authorities. We will not disclose Customer information to a tax authority.',
      '13.8 Disclosures to Taxing Authorities',
      ['data_sharing:restrict'],
    ],
    // Two categories stay two findings; a verbal grant still beats a verbal restrict in one category.
    [
      'We do not sell your personal information, but we share it with our advertising partners.',
      '',
      ['data_sale:restrict', 'data_sharing:grant'],
    ],
    [
      'We do not sell your contacts, but we may sell usage data to data brokers.',
      '',
      ['data_sale:grant', 'data_sharing:grant'],
    ],
  ])('analyses %j (section %j) without its label: %j', (text, section, expected) => {
    const findings = analyzeClauses([clause(text, section)]).findings;
    expect(findings.map((f) => `${f.category}:${f.stance}`).sort()).toEqual(expected);
    for (const f of findings) for (const e of f.evidence) expect(text).toContain(e);
    for (const f of findings) for (const e of f.evidence) expect(section && section.includes(e)).toBeFalsy();
  });
  it('never reports a grant and a restrict for one clause and category', () => {
    const r = analyzeText('3.3 Sale of data. Meetly does not sell your personal information.');
    expect(r.findings.map((f) => `${f.category}:${f.stance}`)).toEqual(['data_sale:restrict']);
  });
});

describe('dedupeEvidence', () => {
  it.each([
    [['train our AI', 'train our AI models'], ['train our AI models']],
    [['train our AI models', 'train our AI'], ['train our AI models']],
    [
      ['Share', 'share', 'sell'],
      ['Share', 'sell'],
    ],
    [
      ['share with partners', 'sell to brokers', ''],
      ['share with partners', 'sell to brokers'],
    ],
    [['a', 'a'], ['a']],
  ])('%j → %j', (input, expected) => {
    expect(dedupeEvidence(input)).toEqual(expected);
  });
  it('a finding never lists a phrase inside another of its phrases', () => {
    const r = analyzeText(
      'We may use your content to train our AI models and to train our AI systems and improve our machine learning models.',
    );
    for (const f of r.findings)
      for (const a of f.evidence)
        for (const b of f.evidence) if (a !== b) expect(b.toLowerCase().includes(a.toLowerCase())).toBe(false);
  });
});

describe('prepareAnalyser', () => {
  it('reaches every category, so the worker has built every rule before the first page', () => {
    expect([...prepareAnalyser()].sort()).toEqual([...CATEGORY_IDS].sort());
  });
});
