// A clause restated in a new edition (other names for the same thing, an example of plain words added or dropped, a
// plain word or two swapped) is a wording edit; a restatement that gains or loses a term, a name, a number, a purpose
// or an item of a list is still a change.
import { describe, expect, it } from 'vitest';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { isRestatement } from '../../../src/core/diff/restatement';
import { INTRO, snapshot, type C } from './helpers';

const SAME: Array<[string, string, string]> = [
  [
    'the service named by other words of its products',
    'Your use of our websites or mobile apps after we post the changes means you accept the new version.',
    'Your use of the Services after we post the changes means you accept the new version.',
  ],
  [
    'a product word dropped where the clause still names the service',
    'We are not responsible for the practices or accuracy of websites or apps of the Linked Services.',
    'We are not responsible for the practices or accuracy of the Linked Services.',
  ],
  [
    'the notice naming itself otherwise',
    'This Privacy Policy does not cover tools run by companies we do not control.',
    'This Privacy Notice does not cover tools run by companies we do not control.',
  ],
  [
    'the notice renamed and the product word changed in one clause',
    'This Privacy Policy does not cover forms that link to the Website.',
    'This Privacy Statement does not cover forms that link to our websites.',
  ],
  [
    'an example of plain words dropped',
    'Offering web-based tools to you, such as our popular wellness quiz.',
    'Offer web-based tools to you',
  ],
  [
    'an example of plain words added',
    'We run events for readers.',
    'We run events for readers, for example our spring conference.',
  ],
  [
    'a plain word swapped beside a notice renamed',
    'We keep comprehensive recovery plans, as this policy explains.',
    'We keep robust recovery plans, as this notice explains.',
  ],
];

const CHANGED: Array<[string, string, string]> = [
  [
    'a product word swapped and a plain word dropped',
    'Please refer to the Member Notice tab and not this Policy.',
    'Please refer to the Member Notice and not this Statement.',
  ],
  [
    'a new purpose in a list',
    'Data may be stored for fraud prevention and risk assessment purposes.',
    'Data may be stored for fraud prevention, security investigations, and risk assessment purposes.',
  ],
  [
    'a new offering beside the service',
    'You may need an account to reach parts of the Services.',
    'You may need an account to reach parts of the Services and the Trading Services.',
  ],
  [
    'an example that names a kind of data',
    'We collect details you give us, such as your location data.',
    'We collect details you give us.',
  ],
  [
    'an example that names a product',
    'We offer tools to developers, such as Acme Cloud.',
    'We offer tools to developers.',
  ],
  [
    'a plain list item dropped outside an example',
    'We send promotional messages, newsletters and surveys.',
    'We send promotional messages and surveys.',
  ],
  [
    'a recipient phrase broken by a product word',
    'We pass reports to our service providers.',
    'We pass reports to our site providers.',
  ],
  ['a contract named as a notice', 'You accept this Agreement by signing up.', 'You accept this Policy by signing up.'],
  ['a country dropped', 'Residents of the EEA and the United Kingdom may object.', 'Residents of the EEA may object.'],
  [
    'who it applies to swapped',
    'Citizens of member states must be 18 to sign up.',
    'Users of member states must be 18 to sign up.',
  ],
  [
    'a duty dropped for an imperative',
    'You must describe your dispute in writing.',
    'Describe your dispute in writing.',
  ],
  ['a limit changed', 'Send files up to 2 GB each.', 'Send files up to 4 GB each.'],
  ['a number written as a word changed', 'We keep logs for six months.', 'We keep logs for nine months.'],
  ['the only product word dropped', 'We publish these reports on our website.', 'We publish these reports.'],
  [
    'where it applies widened, one product word for another',
    'We use the content you post on our website to train our models.',
    'We use the content you post on our services to train our models.',
  ],
  [
    'where it applies widened, a product word added',
    'We use the content you post on our website to train our models.',
    'We use the content you post on our website and apps to train our models.',
  ],
  [
    'a recipient named by a product word',
    'We may sell your data to website owners.',
    'We may sell your data to app owners.',
  ],
  [
    'anonymous for pseudonymous beside a product word',
    'We share anonymous statistics about our apps.',
    'We share pseudonymous statistics about our Services.',
  ],
];

describe('isRestatement', () => {
  for (const [name, before, after] of SAME)
    it(`${name}: the same`, () => {
      expect(isRestatement(before, after)).toBe(true);
    });
  for (const [name, before, after] of CHANGED)
    it(`${name}: a change`, () => {
      expect(isRestatement(before, after)).toBe(false);
    });
});

describe('restated clauses in a comparison', () => {
  const SHARING: C = {
    section: '3. Sharing',
    text: 'We may share your information with service providers to operate our websites and apps.',
    f: [['data_sharing', 'grant', 'medium']],
  };
  const RESTATED: C = {
    ...SHARING,
    text: 'We may share your information with service providers to operate the Services.',
  };

  it('a restatement with the same findings is a wording edit', () => {
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, SHARING]), snapshot([INTRO, RESTATED]));
    expect(changes).toEqual([]);
    expect(wordingEdits).toHaveLength(1);
  });

  it('the same restatement whose finding changed stance is reported', () => {
    const optIn: C = { ...RESTATED, f: [['data_sharing', 'conditional', 'medium']] };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, SHARING]), snapshot([INTRO, optIn]));
    expect(changes).toHaveLength(1);
    expect(wordingEdits).toEqual([]);
  });

  it('a new recipient in a restated clause is reported', () => {
    const wider: C = {
      ...SHARING,
      text: 'We may share your information with service providers and advertisers to operate the Services.',
    };
    const { changes, wordingEdits } = diffWithWordingEdits(snapshot([INTRO, SHARING]), snapshot([INTRO, wider]));
    expect(changes).toHaveLength(1);
    expect(wordingEdits).toEqual([]);
  });
});
