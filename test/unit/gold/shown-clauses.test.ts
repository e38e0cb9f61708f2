import { describe, expect, it } from 'vitest';
import type { DocResult, Entry } from '../../../scripts/eval/real/collect';
import { shownClausesOf } from '../../../scripts/eval/real/summary';
import type { AnalysisResult, Clause, Finding } from '../../../src/core/types';

const clause = (id: string): Clause => ({ id, text: `clause ${id}` }) as Clause;
const finding = (clauseId: string, severity: Finding['severity'], stance: Finding['stance'] = 'grant'): Finding => ({
  clauseId,
  category: 'ai_training',
  stance,
  severity,
  evidence: [],
  rule: 'r',
  actor: 'service',
});
const doc = (findings: Finding[]): DocResult => ({
  doc: { file: 'd.md', service: 's', type: 'Privacy Policy', sha256: '', sets: [], part: 'dev' },
  extraction: { clauses: [clause('a'), clause('b')] } as DocResult['extraction'],
  analysis: { findings } as AnalysisResult,
  error: null,
  ms: 0,
});
const label = (
  unitIndex: number,
  stance: Entry['gold'] extends infer G ? (G extends { stance: infer S } ? S : never) : never,
): Entry =>
  ({
    ref: { doc: 'd.md', category: 'ai_training' },
    part: 'dev',
    unitIndex,
    gold: { stance },
  }) as unknown as Entry;

describe('shownClausesOf: the clause the popup leads a right with, judged by its label', () => {
  it('judges the strongest clause of each right, not any clause of it', () => {
    // The right's strongest clause is b (high); a is labelled positive but is not the one shown.
    const d = doc([finding('a', 'medium'), finding('b', 'high')]);
    expect(shownClausesOf([d], [label(0, 'grant'), label(1, null)])).toEqual({
      rights: 1,
      labelled: 1,
      positive: 0,
      sameStance: 0,
    });
    expect(shownClausesOf([d], [label(0, null), label(1, 'grant')])).toEqual({
      rights: 1,
      labelled: 1,
      positive: 1,
      sameStance: 1,
    });
  });

  it('counts a positive of another stance apart, and an unlabelled shown clause as unlabelled', () => {
    expect(shownClausesOf([doc([finding('a', 'high')])], [label(0, 'restrict')])).toMatchObject({
      positive: 1,
      sameStance: 0,
    });
    expect(shownClausesOf([doc([finding('a', 'high')])], [])).toMatchObject({ rights: 1, labelled: 0 });
  });
});
