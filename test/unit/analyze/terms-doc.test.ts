// The document words every terms test reads come from the lexicon's TermsDoc class, not from a copy.
import { describe, expect, it } from 'vitest';
import { LEXICON_LISTS, TERMS_DOC_EVERYDAY } from '../../../src/core/analyze/lexicon';
import { TERMS_DOC_EVERYDAY_WORD, TERMS_DOC_PLAIN_WORD, TERMS_DOC_WORD } from '../../../src/core/analyze/terms-doc';

const whole = (source: string): RegExp => RegExp(String.raw`^${source}$`);

describe('terms document words', () => {
  const oneWord = LEXICON_LISTS.TermsDoc!.filter((w) => !w.includes(' '));

  it('name every one-word TermsDoc entry, as a whole word', () => {
    for (const w of oneWord) expect(whole(TERMS_DOC_WORD).test(w), w).toBe(true);
    expect(RegExp(TERMS_DOC_WORD).test('noticeable')).toBe(false);
    expect(RegExp(TERMS_DOC_WORD).test('contractor')).toBe(false);
  });

  it('split the entries into plain names and everyday words, the latter a part of TermsDoc', () => {
    for (const w of TERMS_DOC_EVERYDAY) expect(oneWord, w).toContain(w);
    for (const w of oneWord) {
      const everyday = TERMS_DOC_EVERYDAY.includes(w);
      expect(whole(TERMS_DOC_EVERYDAY_WORD).test(w), w).toBe(everyday);
      expect(whole(TERMS_DOC_PLAIN_WORD).test(w), w).toBe(!everyday);
    }
  });
});
