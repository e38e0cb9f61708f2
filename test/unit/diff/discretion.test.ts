// The writer's discretion said in either idiom ("We may" / "Acme reserves the right to") is one wording when Acme is
// the first party both versions define as "we", and only then; whose act it is and its negation must stay the same.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { discretionSaidOneWay, modalSubjects } from '../../../src/core/diff/discretion';
import { isSameEffectRewording } from '../../../src/core/diff/same-effect';
import type { Clause } from '../../../src/core/types';
import type { Change } from '../../../src/core/diff';
import { FEES, snapshot, type C } from './helpers';

const clause = (text: string): Clause => ({
  id: 'x',
  block: 0,
  start: 0,
  end: text.length,
  text,
  sectionPath: [],
  section: '',
});
const NEUTRAL = [{ impact: 'neutral', right: null }] as unknown as Change[];
const same = (before: string, after: string, firstParty: readonly string[] = ['acme']): boolean =>
  isSameEffectRewording(clause(before), clause(after), [], [], NEUTRAL, undefined, firstParty);

describe('discretionSaidOneWay', () => {
  it('says "we" or the first party, then "may" or a right kept, as "we may"', () => {
    expect(discretionSaidOneWay('Acme reserves the right to change the Services.', ['acme'])).toBe(
      'we may change the Services.',
    );
    expect(discretionSaidOneWay('We will have the right to suspend accounts.', [])).toBe('we may suspend accounts.');
    expect(discretionSaidOneWay('Acme Music may end the trial.', ['acme music'])).toBe('we may end the trial.');
  });

  it('leaves a negation, another party and another modal as they are', () => {
    expect(discretionSaidOneWay('We reserve the right not to publish it.', [])).toBe(
      'We reserve the right not to publish it.',
    );
    expect(discretionSaidOneWay('We may not sell your data.', [])).toBe('We may not sell your data.');
    expect(discretionSaidOneWay('Globex reserves the right to use it.', ['acme'])).toBe(
      'Globex reserves the right to use it.',
    );
    expect(discretionSaidOneWay('Acme will change the Services.', ['acme'])).toBe('Acme will change the Services.');
  });
});

describe('modalSubjects', () => {
  it('names the person each modal is said of', () => {
    expect(modalSubjects('You may delete your account.')).toEqual(['reader']);
    expect(modalSubjects('We may delete your account.')).toEqual(['writer']);
    expect(modalSubjects('Globex may delete your account, which will take a day.')).toEqual(['other']);
    expect(modalSubjects('We also may share it, and you can object.')).toEqual(['reader', 'writer']);
  });
});

describe('the discretion idiom among the same-effect tests', () => {
  it('"We may" → "Acme reserves the right to", Acme the first party: a wording edit', () => {
    expect(
      same(
        'We may change the Acme Services that are available to you from time to time.',
        'Acme reserves the right to change the Acme Services that are available to you from time to time.',
      ),
    ).toBe(true);
    expect(
      same('We reserve the right to change the Services.', 'Acme shall have the right to change the Services.'),
    ).toBe(true);
  });

  it('another party, a swapped subject, a negation or another modal is still a change', () => {
    // Not the first party (or no first party known).
    expect(
      same(
        'We may use your posts to train our models.',
        'Globex reserves the right to use your posts to train our models.',
      ),
    ).toBe(false);
    expect(same('We may change the Services.', 'Acme reserves the right to change the Services.', [])).toBe(false);
    // Whose act it is.
    expect(
      same('You may delete your account at any time.', 'We reserve the right to delete your account at any time.'),
    ).toBe(false);
    expect(same('You may delete your account at any time.', 'Acme may delete your account at any time.')).toBe(false);
    expect(same('You may delete your account at any time.', 'We may delete your account at any time.')).toBe(false);
    expect(same('We may share your data with you.', 'You may share your data with us.')).toBe(false);
    expect(same('Users may post content.', 'We reserve the right to post content.')).toBe(false);
    expect(same('You may delete your account.', 'Globex may delete your account.')).toBe(false);
    // Negations.
    expect(same('We may not sell your data.', 'We reserve the right not to sell your data.')).toBe(false);
    expect(same('We may not sell your data.', 'Acme reserves the right to sell your data.')).toBe(false);
    // Another modal: a duty or a promise, not discretion.
    expect(same('We may change the Services.', 'Acme will change the Services.')).toBe(false);
    expect(same('We may change the Services.', 'Acme must change the Services.')).toBe(false);
  });

  it('in a diff: the first party comes from the versions\u2019 own definitions', () => {
    const parties: C = {
      section: '1. Agreement',
      text: 'These Terms are an agreement between you and Acme Ltd ("Acme", "we", "us").',
    };
    const before: C = {
      section: '4. Services',
      text: 'We may change the Services that are available to you from time to time.',
    };
    const after: C = {
      section: '4. Services',
      text: 'Acme reserves the right to change the Services that are available to you from time to time.',
    };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([parties, before, FEES]),
      snapshot([parties, after, FEES]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits.map((c) => c.after)).toEqual([after.text]);
    // Without the definition, "Acme" is no "we".
    const bare = diffWithWordingEdits(snapshot([before, FEES]), snapshot([after, FEES]));
    expect(bare.changes.map((c) => c.after)).toEqual([after.text]);
  });
});
