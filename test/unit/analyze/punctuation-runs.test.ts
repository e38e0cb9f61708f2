// Runs of punctuation next to cue words once made the data_sharing and terms_change regexes backtrack
// exponentially: a table cell of a real privacy policy (Open Terms Archive, Bolt Drivers, ODC-BY 1.0) reads
// "Personal Data provided by you to Bolt" followed by 37 dashes, and never finished. The dash and apostrophe cases
// never returned before the word-gap separators were made disjoint from word characters (a synchronous hang: the
// run, not an assertion, is what fails); the others guard the same shape. Each must still read the clause.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const RUNS: [string, string][] = [
  ['dashes', '-'.repeat(37)],
  ['apostrophes', "'".repeat(37)],
  ['curly apostrophes', '’'.repeat(37)],
  ['slashes', '/'.repeat(37)],
  ['hyphenated words', Array(30).fill('third-party').join('-')],
  ['a Markdown heading underline', `\n${'='.repeat(60)}\n${'-'.repeat(60)}`],
];

describe('punctuation runs next to cue words', () => {
  it.each(RUNS)(
    'finishes on %s',
    (_name, run) => {
      const text = `Personal Data provided by you to Bolt ${run} We may share your personal data with advertising partners.`;
      expect(analyzeText(text).findings.map((f) => f.category)).toContain('data_sharing');
    },
    5000,
  );

  it('still reads the clause after the run', () => {
    const text = `Personal Data ${'-'.repeat(37)} We may share your personal data with advertising partners.`;
    expect(analyzeText(text).findings.map((f) => f.category)).toContain('data_sharing');
  });
});
