// A clause a new edition cut from an old one, or cut into new ones, in the same block, is a wording edit when it says
// nothing the other side does not: its findings, words (bearing words and names among them), numbers and negations
// are all said there. A piece that widens a purpose list, names a new recipient, turns "may" into "will", or a split
// that drops a condition or a kind of data, stays reported; so does a clause whose only source is outside its block.
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../../src/core/diff/align';
import { restatedInBlock } from '../../../src/core/diff/restated-in-block';
import { INTRO, LAW, reportedAndEdits, snapshot, type C } from './helpers';

const USES: C = {
  section: '4. How we use information',
  text:
    'We may use information about you to provide and improve the Services, to run our conferences and events, to ' +
    'answer your requests for information, to send you the newsletters you ask for, and to detect and prevent fraud.',
};
const piece = (text: string, f?: C['f']): C => ({ section: USES.section, text, ...(f ? { f } : {}) });
// The same uses, one to a sentence, as a new edition lists them.
const PIECES: C[] = [
  piece('We may use information about you to provide and improve the Services.'),
  piece('We may use information about you to run our conferences and events.'),
  piece('We may use information about you to answer your requests for information.'),
  piece('We may use information about you to send you the newsletters you ask for.'),
  piece('We may use information about you to detect and prevent fraud.'),
];

const compare = reportedAndEdits;

describe('restatedInBlock', () => {
  it('a list of uses restated one to a sentence: the pieces gain nothing and the old clause loses nothing', () => {
    const before = snapshot([INTRO, USES, LAW]);
    const after = snapshot([INTRO, ...PIECES, LAW]);
    const alignment = alignClauses(before.clauses, after.clauses);
    // One piece is paired with the old clause as its rewording; the others are new clauses.
    const paired = alignment.filter((e) => e.kind === 'modified').map((e) => e.after);
    expect(paired).toHaveLength(1);
    const none = (): [] => [];
    const { added, removed, reworded } = restatedInBlock(alignment, before.clauses, after.clauses, none, none);
    expect([...added, ...reworded].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...reworded]).toEqual(paired);
    expect([...removed]).toEqual([]);
  });

  it('an old clause cut into pieces none of which is paired with it loses nothing', () => {
    const before = snapshot([INTRO, USES, LAW]);
    const after = snapshot([INTRO, ...PIECES, LAW]);
    const alignment = alignClauses(before.clauses, after.clauses).map((e) =>
      e.kind === 'modified' ? { ...e, kind: 'added' as const, before: null } : e,
    );
    alignment.push({ kind: 'removed', before: 1, after: null, position: 1.5 });
    alignment.sort((x, y) => x.position - y.position);
    const none = (): [] => [];
    const { added, removed } = restatedInBlock(alignment, before.clauses, after.clauses, none, none);
    expect([...added].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...removed]).toEqual([1]);
  });

  it('is reported as nothing but wording edits', () => {
    const { reported, edits } = compare([INTRO, USES, LAW], [INTRO, ...PIECES, LAW]);
    expect(reported).toEqual([]);
    expect(edits).toContain(USES.text);
  });

  // A sentence cut in two beside a neighbour reworded in the same words: the neighbour is no piece of it, and the
  // second piece keeps the second negation.
  const SCOUT = [
    'You acknowledge that Acme is only providing access to Globex services and that Acme is not providing ' +
      'installation or monitoring services, and Acme accepts no responsibility for such activities.',
    'Acme provides no warranties, representation or guarantees with regard to products and services provided by Globex.',
  ].map((t) => piece(t));
  const WARRANTIES = piece(
    'Acme provides no warranties, representation or guarantees regarding products and services provided by Globex.',
  );
  it('a sentence cut in two beside a reworded neighbour sharing its words is a wording edit', () => {
    const first = piece(
      'You acknowledge that Acme is only providing access to Globex services and that Acme is not providing ' +
        'installation or monitoring services.',
    );
    const second = piece('Acme accepts no responsibility for such activities.');
    const { reported, edits } = compare([INTRO, ...SCOUT, LAW], [INTRO, first, second, WARRANTIES, LAW]);
    expect(reported).toEqual([]);
    expect(edits).toContain(SCOUT[0]!.text);
  });
});

describe('near misses stay reported', () => {
  const cases: Array<[string, C, string]> = [
    [
      'a purpose added to a piece',
      piece('We may use information about you to run our conferences, events and offers of our partners.'),
      'offers of our partners',
    ],
    ['a new recipient', piece('We may share information about you with advertisers to run our events.'), 'advertisers'],
    ['"may" turned into "will"', piece('We will use information about you to run our conferences and events.'), 'will'],
    ['a negation added', piece('We do not use information about you to run our conferences and events.'), 'not'],
    ['a number added', piece('We may use information about you to run our conferences and events in 3 cities.'), '3'],
  ];
  for (const [name, changed, word] of cases)
    it(`${name} ("${word}")`, () => {
      const after = PIECES.map((b, i) => (i === 1 ? changed : b));
      const { reported } = compare([INTRO, USES, LAW], [INTRO, ...after, LAW]);
      expect(reported).toContain(changed.text);
    });

  // Words moved between the pieces of a clause cut in two: the set of words is the same, what each piece says is not.
  const moved: Array<[string, string, string, string]> = [
    [
      '"may" and "will" trade places',
      'We will tell you which partners we use, and we may share your data with partners.',
      'We may tell you which partners we use.',
      'We will share your data with partners.',
    ],
    [
      'two numbers trade places',
      'We keep your account backups for 2 years and we keep your location history for 30 days.',
      'We keep your account backups for 30 days.',
      'We keep your location history for 2 years.',
    ],
    [
      'the subjects trade places',
      'We will keep your messages for 30 days, and you may delete your content at any time.',
      'You will keep your messages for 30 days.',
      'We may delete your content at any time.',
    ],
  ];
  for (const [name, old, first, second] of moved)
    it(`${name} between the pieces of a split`, () => {
      const { reported } = compare([INTRO, piece(old), LAW], [INTRO, piece(first), piece(second), LAW]);
      expect(reported).toContain(second);
    });

  it('a split that drops a kind of data reports the old clause', () => {
    const collect = piece('We collect your name, email address and precise location when you sign up.');
    const name = piece('We collect your name when you sign up.');
    const kept = piece('We collect your email address and precise location when you sign up.');
    expect(compare([INTRO, collect, LAW], [INTRO, name, kept, LAW]).reported).toEqual([]);
    const dropped = piece('We collect your email address when you sign up.');
    expect(compare([INTRO, collect, LAW], [INTRO, name, dropped, LAW]).reported).toContain(collect.text);
  });

  it('a split that drops a condition reports the old clause', () => {
    const shared: C = piece(
      'If you opt in, we share your location with partners and with advertisers who work with us.',
      [['data_sharing', 'conditional', 'medium']],
    );
    const split = [
      piece('We share your location with partners.', [['data_sharing', 'conditional', 'medium']]),
      piece('We share it with advertisers who work with us.', [['data_sharing', 'conditional', 'medium']]),
    ];
    const { reported } = compare([INTRO, shared, LAW], [INTRO, ...split, LAW]);
    expect(reported).toContain(shared.text);
  });

  it('a piece whose finding changed stance is reported', () => {
    const shared = piece('We share your location with partners and advertisers who work with us on our events.', [
      ['data_sharing', 'conditional', 'medium'],
    ]);
    const granted = piece('We share your location with partners.', [['data_sharing', 'grant', 'medium']]);
    const rest = piece('Advertisers who work with us on our events also get it.');
    const { reported } = compare([INTRO, shared, LAW], [INTRO, granted, rest, LAW]);
    expect(reported).toContain(granted.text);
  });

  it('a sentence cut in two that drops a negation from a piece is reported', () => {
    const old = piece('Acme is not providing installation services, and Acme accepts no responsibility for them.');
    const first = piece('Acme is not providing installation services.');
    const second = piece('Acme accepts responsibility for them.');
    const { reported } = compare([INTRO, old, LAW], [INTRO, first, second, LAW]);
    expect(reported).toContain(second.text);
    expect(reported).toContain(old.text);
  });

  it('a short piece with one new word is new', () => {
    const rights = piece(
      'This notice describes how we may use your health information and explains your legal rights.',
    );
    const copy = piece('Get a copy of your health information.');
    const { reported } = compare([INTRO, rights, LAW], [INTRO, copy, LAW]);
    expect(reported).toContain(copy.text);
  });

  it('prose restated from a clause outside its block is reported', () => {
    const plans = piece('We also keep disaster recovery plans for our offices.');
    const { reported } = compare([INTRO, plans, LAW], [INTRO, plans, LAW, piece('We keep disaster recovery plans.')]);
    expect(reported).toContain('We keep disaster recovery plans.');
  });
});
