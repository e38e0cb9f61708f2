import { describe, expect, it } from 'vitest';
import { diffVersions, summarizeChanges } from '../../../src/core/diff';
import { FEES, INTRO, ML_CONSENT, ML_GRANT, ML_RESTRICT, snapshot } from './helpers';

describe('summarizeChanges', () => {
  const cases: Array<[string, Parameters<typeof snapshot>[0], Parameters<typeof snapshot>[0], string[]]> = [
    ['no change', [INTRO], [INTRO], ['No changes']],
    [
      'new grant in two categories',
      [INTRO],
      [INTRO, ML_GRANT],
      ['New: AI / machine-learning training grant in §10.4', 'New: Broad licence to your content grant in §10.4'],
    ],
    [
      'consent clause',
      [ML_GRANT],
      [ML_GRANT, ML_CONSENT],
      ['New: AI / machine-learning training consent-based clause in §10.4'],
    ],
    [
      'grant replaced by a restriction',
      [INTRO, ML_GRANT],
      [INTRO, ML_RESTRICT],
      [
        'Removed: AI / machine-learning training grant in §10.4',
        'Removed: Broad licence to your content grant in §10.4',
        'New: AI / machine-learning training restriction in §10.2',
      ],
    ],
    [
      'unflagged edits are counted, not listed',
      [INTRO, FEES],
      [
        { ...INTRO, text: 'These terms govern your access to and use of our Services and Software.' },
        { ...FEES, text: 'You agree to pay every charge for the subscription you select.' },
      ],
      ['2 other clauses added, removed or reworded with no flagged effect'],
    ],
    [
      'stance change inside a reworded clause',
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
      ['Changed: AI / machine-learning training in §10.2, from grant to restriction'],
    ],
  ];
  it.each(cases)('%s', (_label, before, after, expected) => {
    expect(summarizeChanges(diffVersions(snapshot(before), snapshot(after)))).toEqual(expected);
  });

  it('counts repeats and leads with totals when given a date', () => {
    const twice = {
      ...ML_RESTRICT,
      text: 'We do not use your chat content to train artificial intelligence models either.',
    };
    const lines = summarizeChanges(diffVersions(snapshot([INTRO]), snapshot([INTRO, ML_RESTRICT, twice])), {
      since: '27 July 2023',
    });
    expect(lines).toEqual([
      'Since 27 July 2023: 2 changes, 0 worse and 2 better for you',
      'New: AI / machine-learning training restriction in §10.2 (×2)',
    ]);
    expect(summarizeChanges([], { since: 'your last visit' })).toEqual(['No changes since your last visit']);
  });
});
