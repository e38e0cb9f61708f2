import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../scripts/gold/match-quotes';

const units = ['Yes.', 'We sell nothing.', 'Yes.', 'We may share your data with partners.', 'Yes. Really.', 'Yes.'];

describe('locateQuote', () => {
  it.each([
    ['a quote inside one unit', 'share your data', 0, 3],
    ['a whole unit that occurs once', 'We sell nothing.', 0, 1],
    ['the first of identical units', 'Yes.', 0, 0],
    ['the second of identical units (a unit merely containing it is not counted)', 'Yes.', 1, 2],
    ['the third of identical units', 'Yes.', 2, 5],
  ] as const)('%s', (_name, quote, occurrence, index) => {
    expect(locateQuote(units, quote, occurrence)).toEqual({ index });
  });

  it('reports a quote no unit contains, and an occurrence past the last copy, as missing', () => {
    expect(locateQuote(units, 'We train models.', 0)).toEqual({ index: null, why: 'missing' });
    expect(locateQuote(units, 'Yes.', 3)).toEqual({ index: null, why: 'missing' });
    expect(locateQuote(units, 'We sell nothing.', 1)).toEqual({ index: null, why: 'missing' });
  });

  it('reports a partial quote found in several units as ambiguous', () => {
    expect(locateQuote(['We may sell data.', 'We may sell goods.'], 'We may sell', 0)).toEqual({
      index: null,
      why: 'ambiguous',
    });
  });
});
