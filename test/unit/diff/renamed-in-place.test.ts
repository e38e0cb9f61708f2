// A name replaced where it stands, with a notice that keeps the old name, is a wording edit; another insertion is not.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { onlyRenamedInPlace } from '../../../src/core/diff/renamed-in-place';
import { INTRO, snapshot } from './helpers';

const LIST =
  'Generative AI features are offered in Acme Quick, Acme DevOps Agent, Acme Security Agent, and Acme FinOps Agent.';

describe('onlyRenamedInPlace', () => {
  const cases: Array<[string, string, boolean]> = [
    [
      'a new name with "including features previously named"',
      LIST.replace('Acme Security Agent', 'Acme Continuum (including features previously named Acme Security Agent)'),
      true,
    ],
    ['"formerly"', LIST.replace('Acme Quick', 'Acme Studio (formerly Acme Quick)'), true],
    ['"formerly known as"', LIST.replace('Acme Quick', 'Acme Studio (formerly known as Acme Quick)'), true],
    ['a service added', LIST.replace('Acme Quick', 'Acme Studio, Acme Quick'), false],
    ['a name changed without a notice', LIST.replace('Acme Quick', 'Acme Studio'), false],
    [
      'a notice and another edit',
      LIST.replace('Acme Quick', 'Acme Studio (formerly Acme Quick)').replace('offered', 'sold'),
      false,
    ],
    [
      'a longer insertion',
      LIST.replace('Acme Quick', 'Acme Studio and every product we may offer later, formerly Acme Quick'),
      false,
    ],
  ];
  for (const [name, after, expected] of cases)
    it(`${name}: ${expected}`, () => expect(onlyRenamedInPlace(LIST, after)).toBe(expected));
});

describe('a name replaced in place', () => {
  it('is a wording edit, not a reported change', () => {
    const before = snapshot([INTRO, { section: '1.24 AI', text: LIST }]);
    const after = snapshot([
      INTRO,
      {
        section: '1.24 AI',
        text: LIST.replace('Acme Security Agent', 'Acme Continuum (formerly Acme Security Agent)'),
      },
    ]);
    const { changes, wordingEdits } = diffWithWordingEdits(before, after);
    expect(changes).toEqual([]);
    expect(wordingEdits.map((c) => c.type)).toEqual(['modified']);
  });
});
