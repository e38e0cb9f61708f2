// A sentence joined to its own heading, where only the heading was renamed or renumbered, is a wording edit; the
// same heading over a changed sentence is reported.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { onlyHeadingRenamed } from '../../../src/core/diff/heading-renamed';
import { INTRO, snapshot, type C } from './helpers';

const SENTENCE = 'Even if you live outside Japan, your information may be shared with our support affiliate.';
const OLD: C = { section: 'Sharing with our affiliate', text: `Sharing with our affiliate. ${SENTENCE}` };
const NEW: C = { section: '3.2.6(v) Our affiliate', text: `3.2.6(v) Our affiliate. ${SENTENCE}` };

describe('onlyHeadingRenamed', () => {
  it('a renamed heading over the same sentence', () => {
    expect(onlyHeadingRenamed(OLD, NEW)).toBe(true);
  });
  it('not when the sentence changed', () => {
    expect(onlyHeadingRenamed(OLD, { ...NEW, text: NEW.text.replace('our support affiliate', 'advertisers') })).toBe(
      false,
    );
  });
  it('not when the text does not start with its heading', () => {
    expect(onlyHeadingRenamed({ ...OLD, section: 'Affiliates' }, NEW)).toBe(false);
  });
});

describe('a renamed heading in a diff', () => {
  it('is a wording edit', () => {
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, OLD]), snapshot([INTRO, NEW]));
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });
});
