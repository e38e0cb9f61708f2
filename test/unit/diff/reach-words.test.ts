// A word that sets how far a clause reaches (scope, precision, significance, identifiability, modality, duration, a
// word and its negation) swapped, added or dropped is never "the same": not in the word-swap test, not in the
// restatement test, not as a slight rewording, and not in a version diff. Every shape is checked both ways.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { isRestatement } from '../../../src/core/diff/restatement';
import { onlyPlainWordsSwapped } from '../../../src/core/diff/word-swap';
import { INTRO, LAW, snapshot, type C } from './helpers';

const SWAPS: Array<[string, string, string]> = [
  [
    'precision: approximate → precise',
    'We collect your approximate location to show local offers.',
    'We collect your precise location to show local offers.',
  ],
  [
    'precision: coarse → exact',
    'We show coarse location data on your profile.',
    'We show exact location data on your profile.',
  ],
  ['precision: partial → full', 'We keep partial card numbers for refunds.', 'We keep full card numbers for refunds.'],
  [
    'scope: on the site → anywhere',
    'This licence applies to content you post on the site.',
    'This licence applies to content you post anywhere.',
  ],
  [
    'scope: internally → externally',
    'We use your photos internally to test new designs.',
    'We use your photos externally to test new designs.',
  ],
  [
    'significance: material → minor',
    'We will notify you of material changes to these terms.',
    'We will notify you of minor changes to these terms.',
  ],
  [
    'significance: minor → significant',
    'We may make minor changes to the features.',
    'We may make significant changes to the features.',
  ],
  ['quantity: some → all', 'We delete some of your messages.', 'We delete all of your messages.'],
  [
    'extent: limited → unlimited',
    'You receive limited storage for your files.',
    'You receive unlimited storage for your files.',
  ],
  [
    'identifiability: aggregated → individual',
    'We share aggregated statistics with advertisers.',
    'We share individual statistics with advertisers.',
  ],
  [
    'identifiability: anonymised → identifiable',
    'We share anonymised statistics with advertisers.',
    'We share identifiable statistics with advertisers.',
  ],
  ['modality: may → will', 'We may review your uploads.', 'We will review your uploads.'],
  [
    'duration: 30 days → a reasonable period',
    'We delete your account data within 30 days after closure.',
    'We delete your account data within a reasonable period after closure.',
  ],
  [
    'duration: a short time → a long time',
    'We keep your drafts for a short time.',
    'We keep your drafts for a long time.',
  ],
  ['duration: temporarily → permanently', 'We may hide your posts temporarily.', 'We may hide your posts permanently.'],
  ['obligation: optional → mandatory', 'This survey is optional.', 'This survey is mandatory.'],
  ['frequency: weekly → hourly', 'We back up your files weekly.', 'We back up your files hourly.'],
  [
    'frequency: annually → daily',
    'We review your account settings annually.',
    'We review your account settings daily.',
  ],
  [
    'a word for its negation: restricted → unrestricted',
    'Partners get restricted access to the reports.',
    'Partners get unrestricted access to the reports.',
  ],
  [
    'a word for its negation: harmful → harmless',
    'Report content you find harmful to the moderators.',
    'Report content you find harmless to the moderators.',
  ],
];

describe('a swap of a word that sets a clause’s reach', () => {
  for (const [name, one, other] of SWAPS)
    for (const [before, after, way] of [
      [one, other, '→'],
      [other, one, '←'],
    ] as const)
      it(`${name} (${way}) is neither a plain swap nor a restatement`, () => {
        expect(onlyPlainWordsSwapped(before, after)).toBe(false);
        expect(isRestatement(before, after)).toBe(false);
      });

  it('a plain swap still is one (near miss)', () => {
    const before = 'Customers can appoint an authorized agent by contacting us.';
    const after = 'Customers can assign an authorized agent by contacting us.';
    expect(onlyPlainWordsSwapped(before, after)).toBe(true);
    expect(isRestatement(before, after)).toBe(true);
  });
});

const ADDED: Array<[string, string, string]> = [
  [
    'precision added',
    'We collect your location to show local offers.',
    'We collect your precise location to show local offers.',
  ],
  ['a quantifier added', 'We delete your messages when you leave.', 'We delete all your messages when you leave.'],
  [
    'significance added',
    'We will notify you of changes to these terms.',
    'We will notify you of material changes to these terms.',
  ],
  [
    'identifiability added',
    'We share statistics with advertisers.',
    'We share individual statistics with advertisers.',
  ],
  [
    'timing added',
    'We will give you notice of changes to these terms.',
    'We will give you prior notice of changes to these terms.',
  ],
  ['notice added', 'We may terminate your account.', 'We may terminate your account with notice.'],
  ['proportion added', 'You will receive a refund.', 'You will receive a prorated refund.'],
  [
    'verification added',
    'We require parental consent for children.',
    'We require verified parental consent for children.',
  ],
  [
    'a word negated apart',
    'You grant us an exclusive licence to display your photos.',
    'You grant us a non-exclusive licence to display your photos.',
  ],
];

describe('a word that sets a clause’s reach added or dropped, in a version', () => {
  for (const [name, one, other] of ADDED)
    for (const [before, after, way] of [
      [one, other, 'added'],
      [other, one, 'dropped'],
    ] as const)
      it(`${name} (${way}) is reported`, () => {
        const b: C = { section: '3. Your data', text: before };
        const { changes, wordingEdits } = diffWithWordingEdits(
          snapshot([INTRO, b, LAW]),
          snapshot([INTRO, { ...b, text: after }, LAW]),
        );
        expect(changes).toHaveLength(1);
        expect(wordingEdits).toEqual([]);
      });
});

describe('a plain swap in a clause whose findings carry a right', () => {
  const LICENCE: C = {
    section: '5. Your Content',
    text: 'You grant us a license to host the photos you share with the club.',
    f: [['content_licence', 'grant', 'high']],
  };
  it('is reported where the clause has a licence finding on either side', () => {
    const swapped: C = { ...LICENCE, text: LICENCE.text.replace('club', 'community') };
    for (const [b, a] of [
      [LICENCE, swapped],
      [swapped, LICENCE],
    ] as const) {
      const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, b, LAW]), snapshot([INTRO, a, LAW]));
      expect(changes).toHaveLength(1);
      expect(wordingEdits).toEqual([]);
    }
  });
  it('is reported when one word of what the right covers comes or goes, either way', () => {
    const pairs: Array<[C, string]> = [
      [
        {
          section: '4. AI',
          text: 'We may use recordings of support calls to train our models.',
          f: [['ai_training', 'grant', 'high']],
        },
        'We may use recordings of calls to train our models.',
      ],
      [
        {
          section: '6. Sharing',
          text: 'We share your address with our shipping partners.',
          f: [['data_sharing', 'grant', 'medium']],
        },
        'We share your address with our partners.',
      ],
      [LICENCE, 'You grant us a license to host the photos you share.'],
    ];
    for (const [clause, text] of pairs)
      for (const [b, a] of [
        [clause, { ...clause, text }],
        [{ ...clause, text }, clause],
      ] as const) {
        const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, b, LAW]), snapshot([INTRO, a, LAW]));
        expect(changes, `${b.text} → ${a.text}`).toHaveLength(1);
        expect(wordingEdits).toEqual([]);
      }
  });
  it('is a wording edit where the clause has no such finding (near miss)', () => {
    const plain: C = { section: '5. Your Content', text: 'You can share photos with the club.' };
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, plain, LAW]),
      snapshot([INTRO, { ...plain, text: plain.text.replace('club', 'community') }, LAW]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });
});
