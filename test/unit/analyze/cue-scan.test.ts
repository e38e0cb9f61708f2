// The word scan may skip a pre-filter test only when the test could not have matched: what it reads from a test's
// source must be necessary. Checked on readings of small sources, and on every test of the rules against its category's
// rule examples (test/slow/cue-scan-sweep.test.ts: against every rule example, seeded clauses of cue words and
// punctuation, and the clauses of the Zoom terms).
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCueScan, requiredStarts } from '../../../src/core/analyze/cue-scan';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { allScanTests, itChecksTheSweep, sweepScan, type SweepResult } from '../../support/cue-scan-sweep';
import { categoryExampleTexts } from '../../support/cue-fuzz';

describe('requiredStarts reads the word starts a regex needs', () => {
  const cases: [string, string, string[][][]][] = [
    ['a word start', String.raw`\bshar`, [[['shar']]]],
    ['a group of word starts', String.raw`\b(?:sell|sold|rent(?:s|ed)?\b)`, [[['sell', 'sold', 'rent']]]],
    ['an optional last letter is left out', String.raw`\bidentifiers?\b`, [[['identifier']]]],
    ['a repeated letter counts once', String.raw`\bab+c`, [[['ab']]]],
    ['every element after a separator', String.raw`\bdata\s+(?:to|with)\b`, [[['data$'], ['to$', 'with$']]]],
    ['a group that a boundary ends holds whole words', String.raw`\b(?:inc|ltd|corp)\b`, [[['inc$', 'ltd$', 'corp$']]]],
    [
      'a whole word only where the alternative is one run',
      String.raw`\b(?:(?:inc|ltd)\b|plc|gmbh\w*|ab+)\s`,
      [[['inc$', 'ltd$', 'plc$', 'gmbh', 'ab']]],
    ],
    ['a repeated group is no whole word', String.raw`\b(?:ab)+\b`, [[['ab']]]],
    [
      'a gap of whole words keeps the next element at a word start',
      String.raw`\bshare[^\w’'-]+(?:[\w’'-]+[^\w’'-]+){0,4}?(?:partners|vendors)`,
      [[['share$'], ['partners', 'vendors']]],
    ],
    [
      'a gap of optional words ending in a word character does not',
      String.raw`\bshare\s+(?:\w+){0,4}(?:partners|vendors)`,
      [[['share$']]],
    ],
    [
      'an optional group whose words each end in a separator keeps the next element at a word start',
      String.raw`\bto\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?)?(?:dealer|franchisee)`,
      [[['to$'], ['a$', 'the$', 'dealer', 'franchisee'], ['dealer', 'franchisee']]],
    ],
    [
      'an optional group that may end in a word character does not',
      String.raw`\bto\s+(?:(?:a|the)\s+(?:[\w-]+)?)?(?:dealer|franchisee)`,
      [[['to$'], ['a$', 'the$', 'dealer', 'franchisee']]],
    ],
    [
      'each top-level alternative alone',
      String.raw`\bhow long\b|retention period`,
      [[['how$'], ['long$']], [['period']]],
    ],
    ['a word inside a word is not read', String.raw`(?:cross[\s-]context|targeted)`, []],
    ['an optional prefix adds its starts', String.raw`\b(?:re|pre)?(?:train|tun)`, [[['re', 'pre', 'train', 'tun']]]],
    ['an optional prefix then a word', String.raw`\b(?:fine\s)?tun`, [[['fine$', 'tun']]]],
    [
      'an optional prefix inside a group',
      String.raw`\b(?:data|(?:sub-?)?processors)\s*:`,
      [[['data', 'sub', 'processors']]],
    ],
    [
      'an optional prefix inside a group, then a group',
      String.raw`\b(?:data|(?:re|pre)?(?:train|tun))\b`,
      [[['data$', 're', 'pre', 'train$', 'tun$']]],
    ],
    ['an optional prefix inside a group, then something else', String.raw`\b(?:data|(?:re|pre)?\W)`, []],
    ['an optional prefix then something else', String.raw`\b(?:re|pre)?\d`, []],
    ['a word after an apostrophe starts a word', String.raw`\bshar|n['’]t\b`, [[['shar']], [['t$']]]],
    ['one alternative with nothing known makes the test always run', String.raw`\bshar|\d+`, []],
    ['`[^]` is any character in JavaScript', String.raw`^[^]*?\bsold\b`, [[['sold$']]]],
    ['a start of text is a word start', String.raw`^\W*(?:third|affiliate)`, [[['third', 'affiliate']]]],
    [
      'so is what follows a group of the start of text or a separator',
      String.raw`(?:^|[.:;]\s+)(?:port|transfer)\s+your`,
      [[['port$', 'transfer$'], ['your']]],
    ],
    ['a digit starts a word', String.raw`\b\d+\s*days?`, [[['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]]],
    ['a digit class is read as nothing', String.raw`\b[\d.]+\s*days?`, []],
    ['a word that punctuation must end is that word exactly', String.raw`\bl\.l\.c`, [[['l$'], ['l$'], ['c']]]],
    ['a word that may go on is a start only', String.raw`\bsa\.?`, [[['sa']]]],
    ['an optional stop cuts the word there or not at all', String.raw`\bs\.?a`, [[['s$', 'sa']]]],
    ['at each optional stop', String.raw`\bs\.?a\.?r\.?l\b`, [[['s$', 'sa$', 'sar$', 'sarl$']]]],
    [
      'a group of phrases is read as one alternative per phrase',
      String.raw`\b(?:portab\w*|your\s+right)\b`,
      [[['portab']], [['your$'], ['right$']]],
    ],
    [
      'within the alternative, with what comes before and after it',
      String.raw`\bthe\s+(?:right\s+to|ability\s+to)\s+port`,
      [
        [['the$'], ['right$'], ['to$'], ['port']],
        [['the$'], ['ability$'], ['to$'], ['port']],
      ],
    ],
    ['a group of single words is not', String.raw`\b(?:sell|rent)\s+data`, [[['sell$', 'rent$'], ['data']]]],
    ['nor is a repeated group', String.raw`\b(?:your\s+right|portab)+\b`, [[['your$', 'portab']]]],
    ['nor one with an alternative that would need nothing', String.raw`\b(?:your\s+right|[\w-]+)`, []],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    expect(requiredStarts(source, '')).toEqual(expected);
  });
  it('a whole word is found only as a whole word', () => {
    const scan = compileCueScan([/\bl\.l\.c/, /\bdata\s+to\b/]);
    const possible = (text: string): boolean[] => {
      scan.scan(text);
      return [scan.possible(0), scan.possible(1)];
    };
    expect(possible('acme l.l.c')).toEqual([true, false]);
    expect(possible('like a local database to')).toEqual([false, false]);
    expect(possible('give data to them')).toEqual([false, true]);
    expect(possible('data')).toEqual([false, false]);
    expect(possible('to data')).toEqual([false, true]);
  });
  it('a word an optional stop may cut is found cut or whole, never as any word of its first letter', () => {
    const scan = compileCueScan([/\bs\.?a\.?r\.?l\b/, /\b\d+\s*days\b/]);
    const possible = (text: string): boolean[] => {
      scan.scan(text);
      return [scan.possible(0), scan.possible(1)];
    };
    expect(possible('acme s.a.r.l. and 30 days')).toEqual([true, true]);
    expect(possible('acme sarl')).toEqual([true, false]);
    expect(possible('acme sa.rl')).toEqual([true, false]);
    expect(possible('acme solutions for thirty days')).toEqual([false, false]);
  });
  it('reads nothing of a case-insensitive or global regex', () => {
    expect(requiredStarts(String.raw`\bshar`, 'i')).toEqual([]);
    expect(requiredStarts(String.raw`\bshar`, 'g')).toEqual([]);
  });
});

describe('the scan skips only tests that cannot match, on its own category’s rule examples', () => {
  // Each test against the examples of its category's rules, the texts written to match it or to come close; every
  // test against every example, seeded cue clauses and the Zoom terms is test/slow/cue-scan-sweep.test.ts.
  const tests = allScanTests();
  const byCategory = new Map<string, number[]>();
  tests.forEach((t, i) => byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), i]));
  const corpus = ALL_CATEGORY_RULES.flatMap((cat) =>
    categoryExampleTexts(cat).map((text) => ({ text: text.toLowerCase(), tests: byCategory.get(cat.category) ?? [] })),
  );
  // In a hook, under its timeout: a test that backtracks without end fails instead of hanging the collection. The limit
  // leaves room for a machine running several jobs (the sweep took over 15 s at a load of 20 on two cores).
  let result: SweepResult;
  beforeAll(() => {
    result = sweepScan(tests, corpus);
  }, 60_000);
  it('checks every test on a text it matches, so that a skip the scan should not make would show', () => {
    const matchesOne = (i: number): boolean => corpus.some((c) => c.tests.includes(i) && tests[i]!.test.test(c.text));
    expect(tests.filter((_, i) => !matchesOne(i)).map((t) => t.name)).toEqual([]);
  });
  itChecksTheSweep(tests, () => result);
});
