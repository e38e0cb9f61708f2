// The lexicon helpers that rules are compiled from.
import { describe, expect, it } from 'vitest';
import { LEXICON_LISTS, extraTermsByTag, wordsToRegexSource } from '../../../src/core/analyze/lexicon';

describe('wordsToRegexSource', () => {
  it('shares prefixes and escapes regex characters', () => {
    expect(wordsToRegexSource(['amazon s3', 'amazon ses', 'aws', 'a.i.'])).toBe(String.raw`a(?:mazon\s+s(?:3|es)|ws|\.i\.)`);
  });
  it('matches every named service, whole, with any whitespace, and no mere prefix of one', () => {
    const words = LEXICON_LISTS.NamedService!;
    const re = new RegExp(`^(?:${wordsToRegexSource(words)})$`);
    for (const w of words) expect(re.test(w.replace(/ /g, ' \t')), w).toBe(true);
    expect(re.test('amazo')).toBe(false);
    expect(re.test('stripes')).toBe(false);
  });
  it('keeps a word that is also the start of a longer one', () => {
    const re = new RegExp(`^(?:${wordsToRegexSource(['google', 'google cloud'])})$`);
    expect(['google', 'google cloud'].map((w) => re.test(w))).toEqual([true, true]);
  });
});

describe('extraTermsByTag', () => {
  it('counts the terms of the longest entry beyond the first, hyphens splitting like compromise', () => {
    const extra = extraTermsByTag();
    expect(extra.ThirdParty).toBeGreaterThanOrEqual(2); // "external service providers"
    expect(extra.BigTech).toBe(0);
    expect(extra.MoveVerb).toBe(Math.max(extra.ShareVerb!, extra.SellVerb!));
  });
});
