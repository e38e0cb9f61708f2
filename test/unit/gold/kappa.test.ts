import { describe, expect, it } from 'vitest';
import { agreement, cohenKappa } from '../../../scripts/gold/agreement';
import type { LabelLine } from '../../../scripts/gold/compile-labels';

describe('cohenKappa', () => {
  it.each([
    [
      'perfect agreement',
      [
        ['a', 'a'],
        ['b', 'b'],
      ],
      1,
    ],
    [
      'agreement at chance',
      [
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'b'],
      ],
      0,
    ],
    [
      'po .75, pe .5',
      [
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'b'],
        ['b', 'b'],
      ],
      0.5,
    ],
    [
      'one value only, all agree',
      [
        ['none', 'none'],
        ['none', 'none'],
      ],
      1,
    ],
  ] as const)('%s', (_name, pairs, kappa) => {
    expect(cohenKappa(pairs.map(([x, y]) => [x, y]))).toBeCloseTo(kappa, 10);
  });

  it('is undefined with no pairs', () => {
    expect(cohenKappa([])).toBeNaN();
  });
});

describe('agreement', () => {
  const line = (over: Partial<LabelLine>): LabelLine => ({
    doc: 'documents/S/Terms of Service.md',
    quote: 'q',
    occurrence: 0,
    context: '',
    category: null,
    stance: null,
    condition: null,
    role: 'operative',
    actor: 'service',
    set: 'whole',
    annotator: 'A1',
    note: '',
    ...over,
  });

  it("compares B with the other annotator per category and counts B's whole documents labelled twice", () => {
    const lines = [
      line({ category: 'terms_change', stance: 'grant' }),
      line({ quote: 'r' }),
      line({ annotator: 'B', category: 'terms_change', stance: 'grant' }),
      line({ annotator: 'B', quote: 'r', category: 'terms_change', stance: 'grant' }),
      line({ annotator: 'A3', doc: 'documents/T/Privacy Policy.md', set: 'net-ai' }),
      line({ annotator: 'B', doc: 'documents/T/Privacy Policy.md', set: 'net-ai' }),
    ];
    const a = agreement(lines);
    expect(a.doubleDocs).toEqual(['documents/S/Terms of Service.md']);
    expect(a.kappa.terms_change).toMatchObject({ units: 2, agree: 1 });
    expect(a.kappa.ai_training).toMatchObject({ units: 3, agree: 3, kappa: 1 });
    expect(a.disagreements.map((d) => [d.category, d.a, d.b])).toEqual([['terms_change', 'none', 'grant']]);
  });
});
