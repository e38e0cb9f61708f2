// The writer's discretion said in either idiom ("We may" / "Acme reserves the right to") is one wording when Acme is
// the first party both versions define as "we", and only then; whose act it is and its negation must stay the same.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { discretionSaidOneWay, modalSubjects, sharedFirstParty } from '../../../src/core/diff/discretion';
import { isSameEffectRewording } from '../../../src/core/diff/same-effect';
import type { Clause } from '../../../src/core/types';
import type { Change } from '../../../src/core/diff';
import { clauseOf } from '../analyze/clause-fixture';
import { FEES, snapshot, type C } from './helpers';

const clause = (text: string): Clause => clauseOf(text, { id: 'x' });
const NEUTRAL = [{ impact: 'neutral', right: null }] as unknown as Change[];
const same = (before: string, after: string, firstParty: readonly string[] = ['acme']): boolean =>
  isSameEffectRewording(clause(before), clause(after), [], [], NEUTRAL, undefined, discretionSaidOneWay(firstParty));
const oneWay = (text: string, firstParty: readonly string[] = ['acme']): string =>
  discretionSaidOneWay(firstParty)(text);

const ACME: C = {
  section: '1. Agreement',
  text: 'These Terms are an agreement between you and Acme Ltd ("Acme", "we", "us").',
};
const GLOBEX: C = {
  section: '1.2 Payments',
  text: 'Payments are processed by Globex Payments Ltd ("Globex"), a separate company.',
};
/** The diff of one clause reworded, `defs` (definitions) in both versions: the reported changes' new texts. */
const reported = (before: C | string, after: C | string, defs: readonly C[] = [ACME, GLOBEX]): (string | null)[] => {
  const b: C = typeof before === 'string' ? { section: '4. Services', text: before } : before;
  const a: C = typeof after === 'string' ? { section: '4. Services', text: after } : after;
  return diffWithWordingEdits(snapshot([...defs, b, FEES]), snapshot([...defs, a, FEES])).changes.map((c) => c.after);
};

describe('sharedFirstParty', () => {
  it('takes only the names defined beside "we" in both versions', () => {
    const clauses = (items: readonly C[]): Clause[] => snapshot(items).clauses;
    expect(sharedFirstParty(clauses([ACME, GLOBEX]), clauses([ACME, GLOBEX]))).toEqual(['acme']);
    // A name defined in only one version is no "we" of the other.
    expect(sharedFirstParty(clauses([ACME]), clauses([GLOBEX]))).toEqual([]);
    expect(sharedFirstParty(clauses([ACME]), clauses([]))).toEqual([]);
  });
});

describe('discretionSaidOneWay', () => {
  it('says "we" or the first party, then "may" or a right kept, as "we may"', () => {
    expect(oneWay('Acme reserves the right to change the Services.')).toBe('we may change the Services.');
    expect(oneWay('We will have the right to suspend accounts.', [])).toBe('we may suspend accounts.');
    expect(oneWay('Acme Music may end the trial.', ['acme music'])).toBe('we may end the trial.');
  });

  it('names the first party "we" before any modal, negated or not', () => {
    expect(oneWay('Acme shall notify you by email.')).toBe('we shall notify you by email.');
    expect(oneWay('Acme may not change the fees.')).toBe('we may not change the fees.');
    expect(oneWay('If you breach these Terms, Acme must delete it.')).toBe(
      'If you breach these Terms, we must delete it.',
    );
    expect(oneWay('You may object, and Acme will stop.')).toBe('You may object, and we will stop.');
  });

  it('leaves a negated idiom, another party and a name after a preposition or noun as they are', () => {
    expect(oneWay('We reserve the right not to publish it.', [])).toBe('We reserve the right not to publish it.');
    expect(oneWay('Acme reserves the right not to publish it.')).toBe('we reserves the right not to publish it.');
    expect(oneWay('We may not sell your data.', [])).toBe('We may not sell your data.');
    expect(oneWay('Globex reserves the right to use it.')).toBe('Globex reserves the right to use it.');
    expect(oneWay('Resellers of Acme may change the fees.')).toBe('Resellers of Acme may change the fees.');
    expect(oneWay('Users of Acme may post content.')).toBe('Users of Acme may post content.');
    expect(oneWay('Partner Acme may post content.')).toBe('Partner Acme may post content.');
  });
});

describe('modalSubjects', () => {
  it('names the person each modal is said of, in order', () => {
    expect(modalSubjects('You may delete your account.')).toEqual(['reader']);
    expect(modalSubjects('We may delete your account.')).toEqual(['writer']);
    expect(modalSubjects('Globex may delete your account, which will take a day.')).toEqual(['other']);
    expect(modalSubjects('We also may share it, and you can object.')).toEqual(['writer', 'reader']);
    expect(modalSubjects('You may share it, and we can object.')).toEqual(['reader', 'writer']);
  });

  it('reads the subject past an adverb and a phrase set off by commas', () => {
    expect(modalSubjects('We, at our sole discretion, may suspend your account.')).toEqual(['writer']);
    expect(modalSubjects('You, as the account holder, can close it.')).toEqual(['reader']);
    expect(modalSubjects('We additionally may share it.')).toEqual(['writer']);
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

  it('the first party named or said "we" before any modal, or a comma-set phrase moved: a wording edit', () => {
    expect(same('Acme shall notify you of any changes by email.', 'We shall notify you of any changes by email.')).toBe(
      true,
    );
    expect(same('Acme can change these Terms at any time.', 'We can change these Terms at any time.')).toBe(true);
    expect(same('Acme must delete your data on request.', 'We must delete your data on request.')).toBe(true);
    expect(same('We may not change the fees without notice.', 'Acme may not change the fees without notice.')).toBe(
      true,
    );
    expect(
      same(
        'We may, at our sole discretion, suspend your account.',
        'We, at our sole discretion, may suspend your account.',
      ),
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
    // The subjects of two modals swapped.
    expect(
      same(
        'We may share your data with advertisers, and you can opt out.',
        'You may share your data with advertisers, and we can opt out.',
      ),
    ).toBe(false);
    expect(
      same('We may delete your content and you may export it.', 'You may delete your content and we may export it.'),
    ).toBe(false);
    // A name after a preposition or a noun is not the subject.
    expect(
      same(
        'Resellers of Acme may change the fees at any time.',
        'Acme reserves the right to change the fees at any time.',
      ),
    ).toBe(false);
    expect(
      same(
        'Resellers of Acme may terminate your account at any time.',
        'We reserve the right to terminate your account at any time.',
      ),
    ).toBe(false);
    expect(same('Users of Acme may post content on the forum.', 'We may post content on the forum.')).toBe(false);
    // Negations.
    expect(same('We may not sell your data.', 'We reserve the right not to sell your data.')).toBe(false);
    expect(same('We may not sell your data.', 'Acme reserves the right to sell your data.')).toBe(false);
    expect(same('Acme may not sell your data.', 'We may sell your data.')).toBe(false);
    expect(same('We may change the fees.', 'We reserve the right to not change the fees.')).toBe(false);
    expect(same('We may change the fees.', 'Acme reserves the right never to change the fees.')).toBe(false);
    // A right kept not to act is no prohibition: "reserve the right to not publish" is not "may not publish".
    expect(same('We may not publish your review.', 'We reserve the right to not publish your review.')).toBe(false);
    expect(same('Acme may never publish your review.', 'Acme reserves the right to never publish your review.')).toBe(
      false,
    );
    // Another modal: a duty or a promise, not discretion.
    expect(same('We may change the Services.', 'Acme will change the Services.')).toBe(false);
    expect(same('We may change the Services.', 'Acme must change the Services.')).toBe(false);
  });
});

describe('the first party in a diff comes from the versions\u2019 own definitions', () => {
  it('"We may" → "Acme reserves the right to", Acme defined as "we" in both: a wording edit', () => {
    const before = 'We may change the Services that are available to you from time to time.';
    const after = 'Acme reserves the right to change the Services that are available to you from time to time.';
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([ACME, { section: '4. Services', text: before }, FEES]),
      snapshot([ACME, { section: '4. Services', text: after }, FEES]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits.map((c) => c.after)).toEqual([after]);
    // Without the definition, "Acme" is no "we".
    expect(reported(before, after, [])).toEqual([after]);
  });

  it('a name defined in only one version is no "we"', () => {
    const before = 'We may change the Services that are available to you from time to time.';
    const after = 'Acme reserves the right to change the Services that are available to you from time to time.';
    const b: C = { section: '4. Services', text: before };
    const a: C = { section: '4. Services', text: after };
    const { changes } = diffWithWordingEdits(snapshot([b, FEES]), snapshot([ACME, a, FEES]));
    expect(changes.map((c) => c.after)).toContain(after);
  });

  it('a third party defined by its own short name is no "we"', () => {
    expect(
      reported(
        'Globex may use the collected data to personalise the ads of its own advertising network.',
        'We may use the collected data to personalise the ads of its own advertising network.',
      ),
    ).toEqual(['We may use the collected data to personalise the ads of its own advertising network.']);
    expect(
      reported(
        'Globex may transfer this information to third parties where required by law.',
        'Acme reserves the right to transfer this information to third parties where required by law.',
      ),
    ).toEqual(['Acme reserves the right to transfer this information to third parties where required by law.']);
    const sharing = (text: string): C => ({ section: '5. Sharing', text, f: [['data_sharing', 'grant', 'high']] });
    expect(
      reported(
        sharing('Globex may share your personal data with its advertising partners.'),
        sharing('We may share your personal data with its advertising partners.'),
      ),
    ).toEqual(['We may share your personal data with its advertising partners.']);
  });

  it('the first party defined as "we" and written as a subject of another modal: a wording edit', () => {
    const before = 'Acme shall notify you of any changes to these Terms by email.';
    const after = 'We shall notify you of any changes to these Terms by email.';
    expect(reported(before, after)).toEqual([]);
  });
});
