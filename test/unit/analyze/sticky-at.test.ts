// Look-behinds read in code (analyze/sticky-at.ts): a sticky step that must end where the reading starts.
import { describe, expect, it } from 'vitest';
import { endAt, endsAt } from '../../../src/core/analyze/sticky-at';

const READER_BEFORE = /(?:you|the\s+customer|customers?)\s(?:hereby\s)?/y;

describe('endsAt reads a look-behind from the word starts before a place', () => {
  it.each([
    ['you grant to the customer', 'grant', true],
    ['the customer hereby grants to the user', 'grants', true],
    ['customers grant to the user', 'grant', true],
    ['acme grants to the customer', 'grants', false],
    // Inside a word is no start: "bayou" is not "you".
    ['bayou grants to the customer', 'grants', false],
    // Too far back: the step must end at the place, not before it.
    ['you may also grant to the customer', 'grant', false],
  ])('%s', (text, word, expected) => {
    expect(endsAt(READER_BEFORE, text, text.indexOf(word), 40)).toBe(expected);
  });
  it('looks back no further than asked', () => {
    const text = 'the customer hereby grants';
    expect(endsAt(READER_BEFORE, text, text.indexOf('grants'), 10)).toBe(false);
  });
  it('endAt gives the end of a sticky match, or -1', () => {
    expect(endAt(READER_BEFORE, 'so you grant', 3)).toBe(7);
    expect(endAt(READER_BEFORE, 'so you grant', 2)).toBe(-1);
  });
});
