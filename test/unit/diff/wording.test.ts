// How much a clause's wording changed: a rewording that says the same (spelling, a function word, a synonym for one
// word) is slight; a new number, negation, party or purpose is not.
import { describe, expect, it } from 'vitest';
import { slightlyReworded, wordingStems } from '../../../src/core/diff/wording';

const CASES: Array<[string, string, string, boolean]> = [
  [
    'American to British spelling, and "that" inserted',
    'You can review your settings to control the ads you see, including opting out of ad personalization.',
    'You can review your settings to control the ads that you see, including opting out of ad personalisation.',
    true,
  ],
  ['a licence for a license', 'You grant us a license to host it.', 'You grant us a licence to host it.', true],
  [
    '"the terms of this Agreement" for "these Terms"',
    'The arbitrator is bound by the terms of this Agreement.',
    'The arbitrator is bound by these Terms.',
    true,
  ],
  [
    '"par exemple" for "tels que"',
    'Nous ne partageons pas votre nom avec ces partenaires, par exemple des éditeurs ou annonceurs.',
    'Nous ne partageons pas votre nom avec ces partenaires, tels que des éditeurs ou annonceurs.',
    true,
  ],
  [
    'a defined term said once less',
    'By using Secure Home (“Secure Home”) you agree to the following terms:',
    'By using Secure Home you agree to the following terms:',
    true,
  ],
  ['words in another order', 'We may share your data with partners.', 'With partners, we may share your data.', true],
  [
    'a cross-reference dropped',
    'We may close your account if we cannot contact you, in accordance with clause 3.2;',
    'We may close your account if we cannot contact you;',
    true,
  ],
  ['a contraction spelled out', 'It isn’t a computer program.', 'It is not a computer program.', true],
  [
    'a right kept, in another idiom',
    'We will have the right to bill you at hourly rates for all programming and installation.',
    'We reserve the right to bill you at hourly rates for all programming and installation.',
    true,
  ],
  [
    'a right kept became a right that may be had',
    'We will have the right to end the plan at any time.',
    'We may have the right to end the plan at any time.',
    false,
  ],
  ['a negation added', 'We will share your data.', 'We will not share your data.', false],
  ['a contracted negation added', 'We share your data.', 'We don’t share your data.', false],
  ['a number changed', 'We keep it for 30 days.', 'We keep it for 60 days.', false],
  ['opt in for opt out', 'You may opt in to sharing.', 'You may opt out of sharing.', false],
  ['one word for another', 'We may sell your data.', 'We may share your data.', false],
  ['a modal changed', 'We may share your data.', 'We will share your data.', false],
  [
    'a framework replaced',
    'In compliance with the Privacy Shield Principles, we resolve complaints.',
    'In compliance with the Data Privacy Framework Principles, we resolve complaints.',
    false,
  ],
  [
    'a service added to the scope',
    'You may need an account to access parts of the Services.',
    'You may need an account to access parts of the Services and the Trading Services.',
    false,
  ],
  [
    'a plain word added where a repeat was dropped',
    'To the extent we can determine the value of your information, we consider the value of your information related to the cost of the incentive.',
    'To the extent we can determine the value of the information you provide, we consider the value related to the cost of the incentive.',
    true,
  ],
  [
    'a kind of data added where a repeat was dropped',
    'We share your information with partners, and your information with affiliates.',
    'We share your health information with partners and affiliates.',
    false,
  ],
  [
    'a kind of data added to collection where a repeat was dropped',
    'We collect your information from forms and your information from cookies.',
    'We collect your health information from forms and cookies.',
    false,
  ],
  [
    'a kind of data dropped with a repeat',
    'We share your health information with partners, and your information with affiliates.',
    'We share your information with partners and affiliates.',
    false,
  ],
  [
    'a word and a repeat added: said of something new',
    'In no event will Acme, nor any party involved in providing these Services, be liable to you.',
    'In no event will Acme, nor any party involved in providing these Services such as the Trading Services, be liable to you.',
    false,
  ],
  [
    'a word swapped for a repeat of another',
    'To learn how Acme uses internet-based advertising, see the Interest-Based Advertising section.',
    'To learn how Acme uses interest-based advertising, see the Interest-Based Advertising section.',
    false,
  ],
  [
    'the layout that holds a passage no longer named',
    'We have set out in the table below a description of the ways we use personal data.',
    'We have set out below a description of the ways we use personal data.',
    true,
  ],
  [
    'a table named where a list was',
    'We have set out in the list below a description of the ways we use personal data.',
    'We have set out in the table below a description of the ways we use personal data.',
    false,
  ],
  [
    'a table of something new named',
    'We have set out below a description of the ways we use personal data.',
    'We have set out in the retention table below a description of the ways we use personal data.',
    false,
  ],
  [
    'anonymous became pseudonymous',
    'Nous pouvons partager des informations anonymes avec nos partenaires.',
    'Nous pouvons partager des informations pseudonymes avec nos partenaires.',
    false,
  ],
];

describe('slightlyReworded', () => {
  for (const [name, before, after, expected] of CASES)
    it(`${name}: ${expected ? 'slight' : 'not slight'}`, () => {
      expect(slightlyReworded(before, after)).toBe(expected);
    });
});

describe('wordingStems', () => {
  it('makes British and American spellings and inflections one', () => {
    expect(wordingStems('Personalisation, licences, colour, cancelled, analysed, e-mail')).toEqual(
      wordingStems('personalization license color canceled analyzed email'),
    );
  });
});
