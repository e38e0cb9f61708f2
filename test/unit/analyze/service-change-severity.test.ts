// A change of the service or its prices weighs less than a change of the terms (Rule.maxSeverity), unless the same
// clause also changes the terms: then it weighs as the terms rules weigh that change (Rule.weighsAs).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const termsChange = (text: string): Array<[string, string]> =>
  analyzeText(text, { model: 'off' })
    .findings.filter((f) => f.category === 'terms_change')
    .map((f) => [f.stance, f.severity]);

describe('terms_change severity of service and price changes', () => {
  it.each([
    ['We may modify the Service at any time.', 'low'],
    ['We may modify the Service at any time without notice.', 'medium'],
    ['We may change our prices at any time without notice.', 'medium'],
    ['We may modify these Terms at any time.', 'medium'],
    ['We may modify these Terms at any time without notice.', 'high'],
    // The service phrased together with the terms: the terms' weight.
    ['We may modify the Service or these Terms at any time.', 'medium'],
    ['We may change the Services, including these Terms, without notice.', 'high'],
    ['We may discontinue the Service or amend this Agreement at any time without notice.', 'high'],
    ['We may change our prices and this EULA at any time without notice.', 'high'],
  ])('%j is a %s grant', (text, severity) => {
    expect(termsChange(text)).toEqual([['grant', severity]]);
  });
});
