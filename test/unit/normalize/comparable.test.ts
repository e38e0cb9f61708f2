import { describe, expect, it } from 'vitest';
import { comparableText, isFragment } from '../../../src/core/normalize';

describe('comparableText: what never makes a change', () => {
  const same: Array<[string, string, string]> = [
    ['emphasis', 'We **never** sell your data.', 'We never sell your data.'],
    [
      'link target',
      'See our [cookie notice](https://a.example/c).',
      'See our [cookie notice](https://b.example/x?utm_source=y).',
    ],
    [
      'tracking parameters on a bare address',
      'Opt out at https://a.example/optout.',
      'Opt out at https://www.a.example/optout?utm_medium=email.',
    ],
    [
      'order of a link list',
      '* [Terms](/t) * [Privacy](/p) * [Cookies](/c)',
      '* [Cookies](/c) * [Terms](/t) * [Privacy](/p)',
    ],
    [
      'the encoded tail of a link broken by a bracket in its target',
      'and our US State Law Privacy Addendum.',
      'and our US State Law Privacy Addendum%20Sell,Information%20for%20a%20Commercial%20Purpose).',
    ],
    ['nbsp and doubled spaces', 'We keep data for 30\u00a0days.', 'We keep  data for 30 days.'],
    [
      'punctuation only',
      'We collect data from other sources, such as:.',
      'We collect data from other sources, such as:',
    ],
    [
      'dashes and quotes',
      'Acme\u2019s \u201cServices\u201d \u2013 as described.',
      'Acme\'s "Services" - as described.',
    ],
  ];
  for (const [name, a, b] of same) it(name, () => expect(comparableText(a)).toBe(comparableText(b)));

  const different: Array<[string, string, string]> = [
    ['a number', 'We keep data for 30 days.', 'We keep data for 90 days.'],
    ['a word', 'We never sell your data.', 'We sell your data.'],
    ['a percentage', 'We keep 5% of the proceeds.', 'We keep 50% of the proceeds.'],
    ['the order of words in a sentence', 'You may share it with us.', 'We may share it with you.'],
  ];
  for (const [name, a, b] of different)
    it(`but ${name} does`, () => expect(comparableText(a)).not.toBe(comparableText(b)));
});

describe('isFragment: page furniture', () => {
  const table: Array<[string, boolean]> = [
    ['Sol Staking', true],
    ['Consensus 2025', true],
    ['User Content License to Tumblr:', true],
    ['5.33%](https://www.coindesk.com/price/hbar "View price details")[LEO', true],
    ['* [Terms](/t) * [Privacy](/p) * [Cookies](/c)', true],
    ['[Cookies](/c) · [Terms](/t) · [Privacy](/p)', true],
    ['See our [Terms](/t), [Privacy](/p) and [Cookies](/c) pages for how we use your data.', false],
    ['We sell your data.', false],
    ['You grant us a licence to your content.', false],
  ];
  for (const [text, fragment] of table) it(text, () => expect(isFragment(text)).toBe(fragment));
});
