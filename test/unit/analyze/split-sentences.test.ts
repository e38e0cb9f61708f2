import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { MAX_CLAUSE, splitSentences } from '../../../src/core/extract/split-sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['We collect data, e.g. your name. We share it.', ['We collect data, e.g. your name.', 'We share it.']],
    [
      'Zoom Video Communications, Inc. is in the U.S. It is big.',
      ['Zoom Video Communications, Inc. is in the U.S. It is big.'],
    ],
    ['See § 10.2 above. Then stop.', ['See § 10.2 above.', 'Then stop.']],
    ['Refer to No. 5 of the list. Done!', ['Refer to No. 5 of the list.', 'Done!']],
    ['Use it, i.e. the Service. Thanks.', ['Use it, i.e. the Service.', 'Thanks.']],
    ['First one? Second one! "Third one."', ['First one?', 'Second one!', '"Third one."']],
    ['version 2.0 is out. ok lower case follows. Next.', ['version 2.0 is out. ok lower case follows.', 'Next.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('run-on text (no sentence punctuation)', () => {
  it.each([
    ['words', 'we may use your content and share it with partners '.repeat(60)],
    ['semicolons', 'we keep logs; '.repeat(300)],
    ['one giant token', 'x'.repeat(2500)],
  ])('%s: every clause is at most MAX_CLAUSE characters and the text is covered', (_, text) => {
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_CLAUSE);
    // Nothing but whitespace is lost between spans.
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });

  it('matchClause on a clause longer than its window still finds hits past the first window', () => {
    const clause = `${'the weather is nice and the sky is blue '.repeat(80)}and we may sell your personal information to data brokers`;
    const hits = matchClause(clause);
    expect(hits.map((h) => h.category)).toContain('data_sale');
    for (const h of hits) expect(clause).toContain(h.evidence);
  });
});
