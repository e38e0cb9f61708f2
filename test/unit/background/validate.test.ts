// Everything a content script sends is checked for shape and size before the background acts on it.
import { describe, expect, it } from 'vitest';
import { checkDetection, checkPageAnalysed, checkTabId, checkUrl, LIMITS } from '../../../src/background/validate';
import { analyzeText } from '../../../src/core/analyze';

function validPayload(): Record<string, unknown> {
  const { clauses, ...analysis } = analyzeText('We may use your content to train our artificial intelligence models. We do not sell your data.');
  return {
    url: 'https://example.com/terms',
    title: 'Terms',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] },
    document: { url: 'https://example.com/terms', title: 'Terms', lang: 'en', text: clauses.map((c) => c.text).join('\n'), wordCount: 16, clauses },
    analysis,
    forced: false,
  };
}

describe('checkPageAnalysed', () => {
  it('accepts a well-formed report and keeps its findings', () => {
    const out = checkPageAnalysed(validPayload());
    expect(out.analysis.findings.length).toBeGreaterThan(0);
    expect(out.document.clauses.length).toBe(2);
  });

  const mutations: Array<[string, (p: Record<string, any>) => void]> = [
    ['not an object', (p) => { for (const k of Object.keys(p)) delete p[k]; }],
    ['javascript: url', (p) => { p.url = 'javascript:alert(1)'; }],
    ['unknown kind', (p) => { p.detection.kind = 'evil'; }],
    ['unknown category', (p) => { p.analysis.findings[0].category = 'mind_control'; }],
    ['unknown stance', (p) => { p.analysis.findings[0].stance = 'maybe'; }],
    ['finding for a clause that does not exist', (p) => { p.analysis.findings[0].clauseId = 'c999'; }],
    ['duplicate clause ids', (p) => { p.document.clauses[1].id = p.document.clauses[0].id; }],
    ['oversized text', (p) => { p.document.text = 'x'.repeat(LIMITS.maxText + 1); }],
    ['too many clauses', (p) => { p.document.clauses = Array.from({ length: LIMITS.maxClauses + 1 }, (_, i) => ({ ...p.document.clauses[0], id: `c${i}` })); }],
    ['clause text as object', (p) => { p.document.clauses[0].text = { toString: () => 'x' }; }],
    ['bad grade', (p) => { p.analysis.summary.grade = 'F'; }],
    ['NaN score', (p) => { p.analysis.summary.score = Number.NaN; }],
  ];
  it.each(mutations)('refuses %s', (_name, mutate) => {
    const p = validPayload();
    mutate(p);
    expect(() => checkPageAnalysed(p)).toThrow(/Message refused/);
  });

  it('drops unknown extra fields instead of passing them on', () => {
    const p = validPayload();
    (p as Record<string, unknown>).__proto_pollution__ = { admin: true };
    const out = checkPageAnalysed(p) as unknown as Record<string, unknown>;
    expect(out.__proto_pollution__).toBeUndefined();
  });
});

describe('small checks', () => {
  it('clamps confidence and refuses junk detections', () => {
    expect(checkDetection({ kind: 'privacy', isLegal: true, confidence: 7, reasons: [] }).confidence).toBe(1);
    expect(() => checkDetection({ kind: 'privacy', isLegal: 'yes', confidence: 1, reasons: [] })).toThrow();
    expect(() => checkDetection({ kind: 'privacy', isLegal: true, confidence: 1, reasons: Array(51).fill('r') })).toThrow();
  });
  it('accepts only web and file URLs', () => {
    expect(checkUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(() => checkUrl('chrome://settings')).toThrow();
    expect(() => checkUrl('not a url')).toThrow();
  });
  it('accepts only non-negative integer tab ids', () => {
    expect(checkTabId({ tabId: 3 })).toBe(3);
    for (const bad of [{ tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, null]) expect(() => checkTabId(bad)).toThrow();
  });
});
