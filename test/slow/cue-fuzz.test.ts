// Seeded fuzz: clauses built from every rule's cue words and long runs of punctuation and repeated tokens, up to
// 10,000 characters, through analyzeText. No timing assertion (the bench reports the ratio): a clause that makes the
// analyser backtrack catastrophically never returns, and the test times out.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze';
import { cueWords, hostileClause } from '../support/cue-fuzz';
import { mulberry32 } from '../../scripts/seeded-random';

const SEED = Number(process.env.TERMWATCH_FUZZ_SEED ?? 20_230_807) >>> 0;
const CASES = 120;

describe(`cue-word fuzz (seed ${SEED})`, () => {
  const words = cueWords();
  it('collects cue words from the rules', () => {
    expect(words).toEqual(expect.arrayContaining(['share', 'third', 'train']));
    expect(words).not.toContain('bshar'); // escapes are not part of words
  });
  it(`analyses ${CASES} hostile clauses without hanging or throwing`, () => {
    const rng = mulberry32(SEED);
    for (let i = 0; i < CASES; i++) {
      const text = hostileClause(rng, words, 200 + Math.floor(rng() * 9800));
      expect(() => analyzeText(text), `case ${i} (replay with TERMWATCH_FUZZ_SEED=${SEED})`).not.toThrow();
    }
  }, 300_000);
});
