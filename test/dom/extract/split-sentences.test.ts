import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE, splitSentences } from '../../../src/core/extract/split-sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['We may share data, e.g. names. You agree.', ['We may share data, e.g. names.', 'You agree.']],
    ['That is, i.e. Zoom. It applies.', ['That is, i.e. Zoom.', 'It applies.']],
    ['Zoom is based in the U.S. Terms apply.', ['Zoom is based in the U.S. Terms apply.']],
    ['Zoom Video Communications, Inc. Zoom may change.', ['Zoom Video Communications, Inc. Zoom may change.']],
    ['Acme Ltd. Registered in England.', ['Acme Ltd. Registered in England.']],
    ['See No. 5 above. Then stop.', ['See No. 5 above.', 'Then stop.']],
    [
      'As set out in § 10.2 and Section 10.4 of this Agreement. Next.',
      ['As set out in § 10.2 and Section 10.4 of this Agreement.', 'Next.'],
    ],
    ['The fee is 3.50 USD. Taxes apply.', ['The fee is 3.50 USD.', 'Taxes apply.']],
    ['Signed by J. R. Smith. Done.', ['Signed by J. R. Smith.', 'Done.']],
    ['1. ACCOUNT You must register. Keep it safe.', ['1. ACCOUNT You must register.', 'Keep it safe.']],
    ['He said "Stop." Then left!', ['He said "Stop."', 'Then left!']],
    ['Visit example.com. It works?', ['Visit example.com.', 'It works?']],
    ['本規約に同意します。次の文です。', ['本規約に同意します。', '次の文です。']],
    ['  ', []],
  ];
  it.each(cases)('%s', (text, expected) => expect(split(text)).toEqual(expected));

  it('caps run-on text, preferring "; " cut points', () => {
    const item = 'the company may use, copy and distribute customer content for any purpose whatsoever';
    const text = Array.from({ length: 40 }, (_, i) => `(${i}) ${item}`).join('; ') + '.';
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_CLAUSE);
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe(';');
  });

  it('caps text with no punctuation at whitespace, losing no words', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const parts = split(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(text);
  });
});
