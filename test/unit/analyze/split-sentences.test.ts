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

describe('glued sentences (no space after the full stop)', () => {
  it.each([
    [
      'Use of the Websites.THE TERMS MAY CHANGE at any time.',
      ['Use of the Websites.', 'THE TERMS MAY CHANGE at any time.'],
    ],
    ['Questions?CONTACT US at help@acme.com.', ['Questions?', 'CONTACT US at help@acme.com.']],
    ['Read our Privacy Policy.YOU AGREE to it.', ['Read our Privacy Policy.', 'YOU AGREE to it.']],
  ])('%j splits', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  // Near-misses: abbreviations, initials, "U.S.", decimals, versions, domains, file names, dotted names with one word
  // or a short word in capitals after the dot, and a capitalised word after the period (names take that shape too).
  it.each([
    'See e.g.ACME and i.e.THE thing.',
    'Based in the U.S.GOVERNMENT rules apply.',
    'Acme Inc.THE Company is big.',
    'Version 1.2.BETA is out.',
    'The fee is 3.50USD today.',
    'Signed by J.SMITH today.',
    'Visit www.acme.COM for more.',
    'Visit acme.COM today.',
    'Download terms.PDF here.',
    'We use Node.Js and ASP.NET Core.',
    'LAST.FM AND ITS AFFILIATES MAKE NO WARRANTIES.',
    'No.5 of the list.',
    'Last.FM and its affiliates make no warranties.',
    'Visit Amazon.CA for Canadian terms.',
    'Ask.FM USERS must be 13.',
    'See Schedule.IV for fees.',
    'Yahoo!JAPAN users see below.',
    'Visit acme.NL for Dutch terms.',
    'St.Louis is a city.',
    'It is a.B test.',
    'Read our Privacy Policy.You agree to it.',
    'You agree to this Agreement).No amendment binds us.',
    'See our Notice).If you are a US user, you can opt out.',
  ])('%j stays one sentence', (text) => {
    expect(split(text)).toEqual([text]);
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
