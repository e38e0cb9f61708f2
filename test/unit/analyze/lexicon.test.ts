// The lexicon helper that pattern compilation reads.
import { describe, expect, it } from 'vitest';
import { extraTermsByTag } from '../../../src/core/analyze/lexicon';

describe('extraTermsByTag', () => {
  it('counts the terms of the longest entry beyond the first, hyphens splitting like compromise', () => {
    const extra = extraTermsByTag();
    expect(extra.ThirdParty).toBeGreaterThanOrEqual(2); // "external service providers"
    expect(extra.BigTech).toBe(0);
    expect(extra.MoveVerb).toBe(Math.max(extra.ShareVerb!, extra.SellVerb!));
  });
});
