// Footnote references rendered as plain numbers are formatting; a number that counts something is a term.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { onlyFootnoteMarksChanged } from '../../../src/core/diff/footnote-marks';
import { INTRO, snapshot } from './helpers';

const OPT_OUT = 'Customers can opt out by visiting the Your Privacy Choices page at the bottom of the website.';

describe('onlyFootnoteMarksChanged', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['a mark added after a word', OPT_OUT, OPT_OUT.replace('Choices page', 'Choices 78 page'), true],
    [
      'a mark dropped at the end',
      'We disclose information to service providers 46.',
      'We disclose information to service providers.',
      true,
    ],
    [
      'two marks added',
      'Fraud information and credit information',
      'Fraud information 12 and credit information 13',
      true,
    ],
    [
      'a mark after an object pronoun',
      'We collect information when you interact with us and use our services.',
      'We collect information when you interact with us 64 and use our services.',
      true,
    ],
    ['a count after an object pronoun', 'We send you reminders.', 'We send you 2 reminders.', false],
    ['an amount after an object pronoun', 'We will pay you.', 'We will pay you $50.', false],
    [
      'a fine after an object pronoun',
      'We may fine you for each breach.',
      'We may fine you 500 for each breach.',
      false,
    ],
    ['nothing changed', OPT_OUT, OPT_OUT, false],
    ['a period of days', 'We keep your logs for days.', 'We keep your logs for 30 days.', false],
    [
      'a number replaced (an age limit)',
      'Users must be at least 13 to register.',
      'Users must be at least 16 to register.',
      false,
    ],
    ['a limit added', 'You may not create accounts.', 'You may not create over 5 accounts.', false],
    ['a section reference', 'as described in the section above.', 'as described in the section 4 above.', false],
    ['a mark and a word', OPT_OUT, OPT_OUT.replace('Choices page', 'Choices 78 webpage'), false],
  ];
  for (const [name, before, after, expected] of cases)
    it(`${name}: ${expected}`, () => {
      expect(onlyFootnoteMarksChanged(before, after)).toBe(expected);
      expect(onlyFootnoteMarksChanged(after, before)).toBe(expected);
    });
});

describe('diffVersions with footnote marks', () => {
  it('reports no change when only footnote marks came, even where the analyser read the clause differently', () => {
    const before = snapshot([
      INTRO,
      { section: '6. Choices', text: OPT_OUT, f: [['data_sale', 'conditional', 'medium']] },
    ]);
    const after = snapshot([
      INTRO,
      {
        section: '6. Choices',
        text: OPT_OUT.replace('Choices page', 'Choices 78 page'),
        f: [['data_sale', 'grant', 'high']],
      },
    ]);
    expect(diffVersions(before, after)).toEqual([]);
  });
});
