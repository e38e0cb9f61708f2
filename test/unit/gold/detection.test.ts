import { describe, expect, it } from 'vitest';
import { gradeDistribution, scoreDetection } from '../../../scripts/eval/real/detection';

describe('scoreDetection', () => {
  it('scores isLegal over every document and kind only where the type maps to a kind', () => {
    const s = scoreDetection([
      { type: 'Privacy Policy', isLegal: true, kind: 'privacy', unnamed: false },
      { type: 'Privacy Policy', isLegal: true, kind: 'terms', unnamed: false },
      { type: 'Trackers Policy', isLegal: false, kind: 'other', unnamed: true },
      { type: 'Acceptable Use Policy', isLegal: true, kind: 'terms', unnamed: false },
      { type: 'Brand Guidelines', isLegal: true, kind: 'terms', unnamed: false },
    ]);
    expect(s).toMatchObject({
      documents: 5,
      isLegal: 4,
      isLegalRecall: 0.8,
      kindScored: 4,
      kindCorrect: 2,
      kindAccuracy: 0.5,
      missedUnnamed: 1,
    });
    expect(s.byType['Privacy Policy']).toEqual({ privacy: 1, terms: 1 });
  });
});

describe('gradeDistribution', () => {
  it('counts every grade, and documents with no analysis as null', () => {
    expect(gradeDistribution(['A', 'E', 'E', null])).toEqual({ A: 1, B: 0, C: 0, D: 0, E: 2, null: 1 });
  });
});
