// matchFromStarts (start-terms.ts) runs a pattern only from the terms its first token matches: it must give, pattern
// by pattern and sentence by sentence, exactly the pointers compromise's own match gives, for patterns written to
// reach the edge cases (every pattern of every rule's net is test/slow/start-terms-sweep.test.ts):
// overlapping matches (the walk goes on after a match), greedy and optional tokens, too few terms left, and the
// shapes it leaves to compromise (a choice or `^` first, `$` last, a group, notIf).
import { describe, expect, it } from 'vitest';
import { firstTokenTest, type StartTerm } from '../../../src/core/analyze/start-terms';
import { differences, patternsOf } from '../../support/start-terms-check';

describe('matchFromStarts gives what compromise’s match gives', () => {
  it.each([
    // The walk goes on from a match's last term: "data data" matches at 0 and 2, not at 1.
    [['data data', 'data .? data', 'data+ data'], 'data data data data data and data, data data.'],
    // Greedy, optional and wildcard tokens after the first; too few terms left at the end.
    [
      ['we #Verb+ your? data', 'we .{0,3} share', 'we share . . . . . . . .'],
      'We may share and sell your data. We share.',
    ],
    // A tag first (the lexicon's), a list first (compromise packs single words into one), a contraction's word.
    [
      ['#ShareVerb .{0,4} #ThirdParty', '(sell|share|rent) .{0,3} data', 'not (sell|share)'],
      "We don't sell or share data with third parties.",
    ],
    // Shapes left to compromise: a choice first, `^` first, `$` last, a group, notIf-free anchors in the middle.
    [
      ['(we|you) share', '^we share', 'share data$', 'we [share] data', '(#ShareVerb && share) data'],
      'We share data. You share data',
    ],
  ])('%j on %s', (matches, text) => {
    const { wrong, found } = differences(patternsOf(matches), [text]);
    expect(found).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('reads a first token only when it is a plain word, tag or list', () => {
    expect(firstTokenTest({ word: 'data' })).not.toBeNull();
    expect(firstTokenTest({ tag: 'ShareVerb' })).not.toBeNull();
    expect(firstTokenTest({ fastOr: new Set(['a']), operator: 'or' })).not.toBeNull();
    for (const reg of [
      { word: 'data', optional: true },
      { word: 'data', negative: true },
      { anything: true },
      { choices: [[{ word: 'a' }]], operator: 'or' },
      { word: 'data', start: true },
      { word: 'data', end: true },
      { word: 'data', fuzzy: true, min: 0.8 },
      { machine: 'data' },
      { id: 'x', word: 'data' },
      { regex: /data/ },
    ])
      expect(firstTokenTest(reg)).toBeNull();
  });

  it('a list with a part of speech ("(sell|share)/Verb") takes only terms that carry it, as doesMatch', () => {
    const test = firstTokenTest({ fastOr: new Set(['sell', 'share']), operator: 'or', pos: 'Verb' })!;
    const term = (tags: string[]): StartTerm => ({ text: 'sell', normal: 'sell', machine: null, tags: new Set(tags) });
    expect(test(term(['Verb']))).toBe(true);
    expect(test(term(['Noun']))).toBe(false);
  });
});
