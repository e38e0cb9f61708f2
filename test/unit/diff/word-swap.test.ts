// A word or two swapped for others that bear no term is a wording edit; a swap that touches a modal, a quantifier, a
// party, a kind of data, consent, money or time is not.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { onlyPlainWordsSwapped } from '../../../src/core/diff/word-swap';
import { INTRO, LAW, snapshot, type C } from './helpers';

const CASES: Array<[string, string, string, boolean]> = [
  [
    '"appoint" for "assign"',
    'Customers can appoint an authorized agent by contacting us with their name and address.',
    'Customers can assign an authorized agent by contacting us with their name and address.',
    true,
  ],
  [
    '"comprehensive" for "robust"',
    'We have developed comprehensive disaster recovery plans.',
    'We have developed robust disaster recovery plans.',
    true,
  ],
  ['a modal swapped', 'We may share your data with partners.', 'We will share your data with partners.', false],
  ['a verb on data swapped', 'We may share your data with partners.', 'We may sell your data with partners.', false],
  ['a quantifier swapped', 'We delete some of your messages.', 'We delete all of your messages.', false],
  ['a party swapped', 'We send reports to our affiliates.', 'We send reports to advertisers.', false],
  [
    'what a liability covers swapped',
    'Our entire liability for any breach is limited to this sum.',
    'Our entire liability for any event is limited to this sum.',
    false,
  ],
  ['a period swapped', 'Invoices are sent each month.', 'Invoices are sent each year.', false],
  [
    'anonymous for pseudonymous (French)',
    'Nous pouvons partager des informations anonymes avec nos partenaires.',
    'Nous pouvons partager des informations pseudonymes avec nos partenaires.',
    false,
  ],
  ['a consent word swapped', 'You can object to this at any time.', 'You can consent to this at any time.', false],
  [
    'a name swapped',
    'If you purchase Windstream Kinetic TV service, these terms apply.',
    'If you purchase Windstream Cable TV service, these terms apply.',
    false,
  ],
  ['a word only added', 'We verify software.', 'We verify all software.', false],
  [
    'three words swapped',
    'The arbitrator applies the rules of the association.',
    'The tribunal follows the procedures of the institute.',
    false,
  ],
  ['a number changed beside a swap', 'Reply within 5 business days.', 'Answer within 7 business days.', false],
  [
    'a number written as a word swapped',
    'We keep server logs for six months.',
    'We keep server logs for nine months.',
    false,
  ],
  [
    'a limit swapped',
    'The service is not meant for children under 13.',
    'The service is not meant for children over 13.',
    false,
  ],
  ['who it applies to swapped', 'Each subscriber can appoint an agent.', 'Each member can appoint an agent.', false],
];

describe('onlyPlainWordsSwapped', () => {
  for (const [name, before, after, expected] of CASES)
    it(`${name}: ${expected ? 'same' : 'not the same'}`, () => {
      expect(onlyPlainWordsSwapped(before, after)).toBe(expected);
    });
});

describe('a swap in a version', () => {
  const AGENT: C = {
    section: '9. Your rights',
    text: 'Customers can appoint an authorized agent by contacting us with their name and address.',
  };
  it('is a wording edit, not a change', () => {
    const { changes, wordingEdits } = diffWithWordingEdits(
      snapshot([INTRO, AGENT, LAW]),
      snapshot([INTRO, { ...AGENT, text: AGENT.text.replace('appoint', 'assign') }, LAW]),
    );
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });
  it('is still a change when the findings differ', () => {
    const before: C = { section: '4. Cookies', text: 'A cookie is an element of data that we send to your browser.' };
    const after: C = {
      ...before,
      text: 'A cookie is a bit of data that we send to your browser.',
      f: [['tracking', 'grant', 'medium']],
    };
    const { changes } = diffWithWordingEdits(snapshot([INTRO, before, LAW]), snapshot([INTRO, after, LAW]));
    expect(changes).toHaveLength(1);
  });
});
