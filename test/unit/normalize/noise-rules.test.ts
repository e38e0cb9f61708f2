import { describe, expect, it } from 'vitest';
import { NOISE_RULES } from '../../../src/core/normalize';

// Meta-test: each noise rule is data with examples; they must hold and ids must be unique.
describe('noise rules', () => {
  it('have unique ids and examples on both sides', () => {
    expect(new Set(NOISE_RULES.map((r) => r.id)).size).toBe(NOISE_RULES.length);
    for (const rule of NOISE_RULES) {
      expect(rule.matches.length, rule.id).toBeGreaterThan(0);
      expect(rule.nonMatches.length, rule.id).toBeGreaterThan(0);
      expect(rule.why.length, rule.id).toBeGreaterThan(10);
    }
  });

  const rows = NOISE_RULES.flatMap((rule) => [
    ...rule.matches.map((text) => [rule.id, text, true] as const),
    ...rule.nonMatches.map((text) => [rule.id, text, false] as const),
  ]);
  it.each(rows)('%s on %j → %s', (id, text, expected) => {
    const rule = NOISE_RULES.find((r) => r.id === id)!;
    // A fresh non-global copy: a /g pattern's lastIndex would leak between calls.
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
    expect(re.test(text)).toBe(expected);
  });
});
