import { describe, expect, it } from 'vitest';
import { diffVersions, type Change } from '../../../src/core/diff';
import { ACCOUNT, FEES, INTRO, LAW, ML_CONSENT, ML_GRANT, ML_RESTRICT, snapshot, type C } from './helpers';

type Expect = Partial<
  Pick<Change, 'type' | 'category' | 'stanceBefore' | 'stanceAfter' | 'impact' | 'severity' | 'section'>
>;

const pick = (c: Change): Expect => ({
  type: c.type,
  category: c.category,
  stanceBefore: c.stanceBefore,
  stanceAfter: c.stanceAfter,
  impact: c.impact,
  severity: c.severity,
});

describe('diffVersions: classification', () => {
  const cases: Array<[string, C[], C[], Expect[]]> = [
    ['identical versions', [INTRO, ACCOUNT], [INTRO, ACCOUNT], []],
    [
      'whitespace, quotes and dashes only',
      [INTRO, { section: '2', text: 'Zoom\'s "Services" - as described.' }],
      [INTRO, { section: '2', text: 'Zoom\u2019s  \u201CServices\u201D \u2013 as\u00A0described.' }],
      [],
    ],
    [
      'a restamped date clause',
      [{ section: '', text: 'Effective Date: March 31, 2023' }, INTRO],
      [{ section: '', text: 'Effective Date: August 7, 2023' }, INTRO],
      [],
    ],
    [
      'renumbered section, same text',
      [{ ...ACCOUNT, section: '2. Accounts' }],
      [{ ...ACCOUNT, section: '3. Accounts' }],
      [],
    ],
    [
      'new grant in two categories → two changes',
      [INTRO, ACCOUNT],
      [INTRO, ML_GRANT, ACCOUNT],
      [
        {
          type: 'added',
          category: 'ai_training',
          stanceBefore: null,
          stanceAfter: 'grant',
          impact: 'worse',
          severity: 'high',
        },
        {
          type: 'added',
          category: 'content_licence',
          stanceBefore: null,
          stanceAfter: 'grant',
          impact: 'worse',
          severity: 'high',
        },
      ],
    ],
    [
      'grant removed → better',
      [INTRO, ML_GRANT],
      [INTRO],
      [
        {
          type: 'removed',
          category: 'ai_training',
          stanceBefore: 'grant',
          stanceAfter: null,
          impact: 'better',
          severity: 'high',
        },
        {
          type: 'removed',
          category: 'content_licence',
          stanceBefore: 'grant',
          stanceAfter: null,
          impact: 'better',
          severity: 'high',
        },
      ],
    ],
    [
      'consent clause added next to an existing grant narrows it → better',
      [ML_GRANT],
      [ML_GRANT, ML_CONSENT],
      [
        {
          type: 'added',
          category: 'ai_training',
          stanceBefore: null,
          stanceAfter: 'conditional',
          impact: 'better',
          severity: 'medium',
        },
      ],
    ],
    [
      'consent clause added with no grant anywhere → worse',
      [INTRO],
      [INTRO, ML_CONSENT],
      [
        {
          type: 'added',
          category: 'ai_training',
          stanceBefore: null,
          stanceAfter: 'conditional',
          impact: 'worse',
          severity: 'medium',
        },
      ],
    ],
    [
      'restriction added → better',
      [INTRO],
      [INTRO, ML_RESTRICT],
      [
        {
          type: 'added',
          category: 'ai_training',
          stanceBefore: null,
          stanceAfter: 'restrict',
          impact: 'better',
          severity: 'low',
        },
      ],
    ],
    [
      'restriction removed → worse',
      [INTRO, ML_RESTRICT],
      [INTRO],
      [
        {
          type: 'removed',
          category: 'ai_training',
          stanceBefore: 'restrict',
          stanceAfter: null,
          impact: 'worse',
          severity: 'low',
        },
      ],
    ],
    [
      'unflagged clause reworded → neutral, no category',
      [FEES],
      [{ ...FEES, text: 'You agree to pay all recurring charges for the subscription plan you select.' }],
      [{ type: 'modified', category: null, stanceBefore: null, stanceAfter: null, impact: 'neutral', severity: null }],
    ],
    [
      'reworded into a grant → worse',
      [
        {
          section: '10.4 Licence',
          text: 'You grant us a licence to use Customer Content to provide the Services to you.',
        },
      ],
      [
        {
          section: '10.4 Licence',
          text: 'You grant us a licence to use Customer Content to provide the Services and to train artificial intelligence models.',
          f: [['ai_training', 'grant', 'high']],
        },
      ],
      [
        {
          type: 'modified',
          category: 'ai_training',
          stanceBefore: null,
          stanceAfter: 'grant',
          impact: 'worse',
          severity: 'high',
        },
      ],
    ],
    [
      'grant widened (severity medium → high) → worse',
      [
        {
          section: '9. Licence',
          text: 'You grant us a licence to use your content to operate the Services.',
          f: [['content_licence', 'grant', 'medium']],
        },
      ],
      [
        {
          section: '9. Licence',
          text: 'You grant us a perpetual, irrevocable licence to use your content to operate the Services.',
          f: [['content_licence', 'grant', 'high']],
        },
      ],
      [
        {
          type: 'modified',
          category: 'content_licence',
          stanceBefore: 'grant',
          stanceAfter: 'grant',
          impact: 'worse',
          severity: 'high',
        },
      ],
    ],
    [
      'grant turned into a restriction → better',
      [
        {
          section: '10.2',
          text: 'We may use your content to train our artificial intelligence models.',
          f: [['ai_training', 'grant', 'high']],
        },
      ],
      [
        {
          section: '10.2',
          text: 'We do not use your content to train our artificial intelligence models.',
          f: [['ai_training', 'restrict', 'low']],
        },
      ],
      [
        {
          type: 'modified',
          category: 'ai_training',
          stanceBefore: 'grant',
          stanceAfter: 'restrict',
          impact: 'better',
          severity: 'low',
        },
      ],
    ],
    [
      'clause moved elsewhere: the same words in another place say nothing new',
      [INTRO, ACCOUNT, FEES, LAW],
      [INTRO, FEES, LAW, ACCOUNT],
      [],
    ],
    [
      'renumbered sections around an inserted clause',
      [
        { ...INTRO, section: '1. Intro' },
        { ...FEES, section: '2. Fees' },
        { ...LAW, section: '3. Law' },
      ],
      [
        { ...INTRO, section: '1. Intro' },
        { section: '2. Privacy', text: 'Our privacy statement explains how we handle personal data.' },
        { ...FEES, section: '3. Fees' },
        { ...LAW, section: '4. Law' },
      ],
      [{ type: 'added', category: null, impact: 'neutral' }],
    ],
  ];

  it.each(cases)('%s', (_label, before, after, expected) => {
    const changes = diffVersions(snapshot(before), snapshot(after));
    // Compare only the fields each expected row names; extra or missing changes still fail on length.
    const got = changes.map((c, i) =>
      Object.fromEntries(Object.keys(expected[i] ?? pick(c)).map((k) => [k, c[k as keyof Change]])),
    );
    expect(got).toEqual(expected);
  });
});

describe('diffVersions: details', () => {
  it('gives a word diff for modified clauses, and the section of the new version', () => {
    const [change] = diffVersions(
      snapshot([{ section: '10.4 Licence', text: 'We may use your content to improve the Services.' }]),
      snapshot([
        {
          section: '10.5 Licence',
          text: 'We may use your content to improve the Services and train our models.',
          f: [['ai_training', 'grant', 'high']],
        },
      ]),
    );
    expect(change?.section).toBe('10.5 Licence');
    expect(
      change?.wordDiff
        ?.filter((p) => p.op === 'insert')
        .map((p) => p.text.trim())
        .join(' '),
    ).toBe('and train our models');
    expect(change?.wordDiff?.some((p) => p.op === 'delete' && p.text.includes('Services.'))).toBe(false);
  });

  it('pairs a reworded clause with the right one among similar clauses', () => {
    const before = [
      { section: '5. Data', text: 'We may share your data with our affiliates for support purposes.' },
      { section: '6. Ads', text: 'We may share your data with advertisers to show you targeted ads.' },
    ];
    const after = [
      before[0]!,
      {
        section: '6. Ads',
        text: 'We may share your personal data with advertisers and partners to show you targeted ads.',
      },
    ];
    const changes = diffVersions(snapshot(before), snapshot(after));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.before).toBe(before[1]!.text);
  });

  it('treats unrelated text as removed + added, not modified', () => {
    const changes = diffVersions(snapshot([INTRO, ACCOUNT]), snapshot([INTRO, LAW]));
    expect(changes.map((c) => c.type).sort()).toEqual(['added', 'removed']);
  });
});

describe('diffVersions: ranking', () => {
  it('orders new grants (high first), other worse, better, reworded flagged, unflagged', () => {
    const lowGrant: C = {
      section: '7. Sharing',
      text: 'We may share aggregated statistics with partners.',
      f: [['data_sharing', 'grant', 'low']],
    };
    const keptRestrict: C = {
      section: '8. Sale',
      text: 'We never sell your personal information to anyone.',
      f: [['data_sale', 'restrict', 'low']],
    };
    const oldGrant: C = {
      section: '9. Tracking',
      text: 'We use third-party cookies to show you targeted advertising.',
      f: [['tracking', 'grant', 'medium']],
    };
    const flaggedReworded: C = {
      section: '12. Changes',
      text: 'We may change these terms at any time by posting the new terms on this page.',
      f: [['terms_change', 'grant', 'medium']],
    };
    const before = [INTRO, FEES, keptRestrict, oldGrant, flaggedReworded];
    const after = [
      { ...INTRO, text: 'These terms govern your access to and use of our Services and Software.' },
      FEES,
      lowGrant,
      ML_GRANT,
      { ...flaggedReworded, text: 'We may change these terms at any time by posting the updated terms on this page.' },
      ML_RESTRICT,
    ];
    const changes = diffVersions(snapshot(before), snapshot(after));
    expect(changes.map((c) => `${c.impact}:${c.category}:${c.type}`)).toEqual([
      'worse:ai_training:added', // new high grant, first category in display order
      'worse:content_licence:added',
      'worse:data_sharing:added', // new low grant
      'worse:data_sale:removed', // lost restriction: worse, but not a grant
      'better:tracking:removed',
      'better:ai_training:added',
      'neutral:terms_change:modified',
      'neutral:null:modified',
    ]);
  });
});
