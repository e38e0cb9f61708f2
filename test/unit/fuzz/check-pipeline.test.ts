// The fuzz suite is only as good as its checks: each invariant must reject a broken value.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Clause, Finding } from '../../../src/core/types';
import {
  checkAnalysis,
  checkClauses,
  checkCsv,
  checkDetection,
  checkRoundTrip,
  InvariantError,
} from './check-pipeline';

const block = 'We sell data. We train AI.';
const good: Clause[] = [
  { id: 'c0', block: 0, start: 0, end: 13, text: 'We sell data.', sectionPath: [], section: '' },
  { id: 'c1', block: 0, start: 14, end: 26, text: 'We train AI.', sectionPath: ['1. AI'], section: '1. AI' },
];
const finding: Finding = {
  clauseId: 'c1',
  actor: 'service',
  category: 'ai_training',
  stance: 'grant',
  severity: 'high',
  evidence: ['train AI'],
  rule: 'ai_training.x',
};
const counts = {
  ai_training: 1,
  data_sharing: 0,
  data_sale: 0,
  content_licence: 0,
  tracking: 0,
  retention: 0,
  terms_change: 0,
};
const analysis = (f: Finding[]): AnalysisResult => ({
  analyserVersion: '1',
  languageSupported: true,
  findings: f,
  summary: { grade: 'D', score: 40, counts: { ...counts, ai_training: f.length }, driver: '' },
});
const withClause = (over: Partial<Clause>): Clause[] => [good[0]!, { ...good[1]!, ...over }];

describe('fuzz invariant checks', () => {
  it('accept a consistent extraction and analysis', () => {
    expect(() => checkClauses(good, [block], 1000)).not.toThrow();
    expect(() => checkAnalysis(analysis([finding]), good)).not.toThrow();
    expect(() =>
      checkDetection({ kind: 'terms', isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] }),
    ).not.toThrow();
  });

  it.each<[string, () => void]>([
    ['text not the block slice', () => checkClauses(withClause({ text: 'We train AI!' }), [block], 1000)],
    ['end past the block', () => checkClauses(withClause({ end: 27, text: 'We train AI.' }), [block], 1000)],
    ['duplicate id', () => checkClauses(withClause({ id: 'c0' }), [block], 1000)],
    ['overlapping clauses', () => checkClauses(withClause({ start: 10, text: block.slice(10, 26) }), [block], 1000)],
    ['over the max length', () => checkClauses(good, [block], 12)],
    ['section not the innermost path entry', () => checkClauses(withClause({ section: '' }), [block], 1000)],
    ['evidence not in the clause', () => checkAnalysis(analysis([{ ...finding, evidence: ['sell data'] }]), good)],
    ['finding on an unknown clause', () => checkAnalysis(analysis([{ ...finding, clauseId: 'c9' }]), good)],
    [
      'stance outside the enum',
      () => checkAnalysis(analysis([{ ...finding, stance: 'maybe' as Finding['stance'] }]), good),
    ],
    ['condition on a grant', () => checkAnalysis(analysis([{ ...finding, condition: 'opt_in' }]), good)],
    ['confidence above 1', () => checkDetection({ kind: 'terms', isLegal: true, confidence: 1.5, reasons: [] })],
    [
      'kind outside the enum',
      () => checkDetection({ kind: 'tos' as 'terms', isLegal: true, confidence: 1, reasons: [] }),
    ],
    ['NaN in JSON', () => checkRoundTrip({ score: Number.NaN }, 'x')],
    ['undefined property', () => checkRoundTrip({ condition: undefined }, 'x')],
    ['formula cell in CSV', () => checkCsv('\uFEFFa,b\r\nx,"=HYPERLINK(""http://evil"")"\r\n')],
    ['unquoted formula cell in CSV', () => checkCsv('\uFEFFa,b\r\n@SUM(1),x\r\n')],
    ['CSV without BOM', () => checkCsv('a,b\r\n')],
  ])('reject %s', (_name, run) => {
    expect(run).toThrow(InvariantError);
  });
});
