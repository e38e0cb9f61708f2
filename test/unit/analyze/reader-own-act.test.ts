// The reader's own act read the same whichever verb or shape says it (analyze/actor.ts, lexicon READER_OWN_ACT): data
// the reader hands on in a relative clause after a disclaimer, a sentence opened by the reader's act as a gerund whose
// main clause advises the reader, the reader's ease or care with the act, and the act as the reader's choice. Each
// "no right" sentence was a service grant before these readings; each guard is the service's or another party's act
// in the same shape (a notice or pointer after the gerund, the service in the main clause, another party's choice),
// which keeps its verdict.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { joinReaderRoles } from '../../../src/core/analyze/actor';
import { clauseOf } from './clause-fixture';

let n = 0;
/** The data_sharing findings that take a right, as "stance[:condition]". */
const sharing = (text: string): string[] =>
  analyzeClauses([clauseOf(text, { id: `c${n++}` })], { firstParty: ['acme'] })
    .findings.filter((f) => !f.role && f.category === 'data_sharing')
    .map((f) => `${f.stance}${f.condition ? `:${f.condition}` : ''}`);

describe("the reader's own act is no right of the service", () => {
  it.each([
    'Acme is not responsible for the use or disclosure of any information that you transfer to any third party.',
    'Before disclosing your data to a third party, please check their privacy policy.',
    'When disclosing personal information to others, be careful.',
    'When sharing your data with third parties, you should read their terms first.',
    'Also, when disclosing your data to third parties, be careful.',
    'Be sure that you are comfortable disclosing your content to third parties before you post.',
    'You are welcome to share your content with third parties.',
    'Users are careful when sharing data with third parties.',
    'It is entirely up to you to share content with third parties.',
    "It is the customer's responsibility to share content with third parties.",
    'You should exercise common sense and good judgment when disclosing information to others on our Platform.',
  ])('%s', (text) => {
    expect(sharing(text)).toEqual([]);
  });
});

describe("the service's or another party's act in the same shapes keeps its verdict", () => {
  it.each([
    'When sharing your data with partners, please be aware that we require them to protect it.',
    'When sharing your data with partners, be assured that we require them to protect it.',
    'When sharing your information with advertising partners, please see section 5 for your choices.',
    'When disclosing data to vendors, please contact us if you have questions.',
    'When sharing personal data with vendors, review processes ensure they protect it.',
    'When sharing data with partners, always under strict contracts, we limit what they receive.',
    'When sharing data with advertisers, Acme removes your name, and please contact us with questions.',
    'When sharing data with advertisers, be careful: Acme removes your name first.',
    'Our partners agree that it is their responsibility to share data only as permitted.',
    'It is their choice to share your data with their own partners.',
    'Limit the Use and Disclosure of My Sensitive Personal Information shared with third parties.',
    'Acme is not liable for the disclosure of any data to advertisers that you uploaded to the site.',
    'If you are comfortable sharing your data with partners, turn on the setting.',
    'We are comfortable sharing your content with third parties.',
    'It is our responsibility to share data with third parties.',
    'Before transferring your data to a third party, we remove your name.',
  ])('%s', (text) => {
    expect(sharing(text)).toContain('grant');
  });
  it('a main clause of the service after "be it …" stays a restriction', () => {
    expect(
      sharing(
        'When sharing data with service providers, be it for payments or hosting, we require them to protect it.',
      ),
    ).toEqual(['restrict']);
  });
});

// The reader named by a role in two words ("account holders", lexicon READER_ROLE_PHRASES and UserSubject) reads as
// "you" and "users" do: the regexes read it as the role it means (actor.ts joinReaderRoles), the token readers by its
// two words.
describe('the reader as "account holders" takes no right', () => {
  it.each([
    'Account holders may share their content with third parties.',
    'Accountholders must not share personal data of other users with third parties.',
    'The account holder shall not disclose personal data of other users.',
    'Account holders must not disclose personal data of other users.',
    'We encourage account holders to use caution in disclosing personal information online.',
    'Acme is not responsible for the disclosure of any information that account holders provide to any third party.',
  ])('%s', (text) => {
    expect(sharing(text)).toEqual([]);
  });
  it('a consent of the account holder conditions the service (G4)', () => {
    expect(sharing('If the account holder consents, we may share their data with partners.')).toEqual([
      'conditional:opt_in',
    ]);
  });
  it.each([
    // Account holders as the recipient or whose data: the service shares.
    'We may share your information with other account holders.',
    "We may disclose account holders' personal data to our partners.",
    'Acme may share information about account holders with advertisers.',
    // Not the role: "account holdership" is no account holder.
    'We may share information on account holdership with our partners.',
  ])('%s stays a grant', (text) => {
    expect(sharing(text)).toContain('grant');
  });
  it("the service's promise about account holder information stays a restriction", () => {
    expect(sharing('We will not share account holder information with third parties.')).toEqual(['restrict']);
  });
  it.each([
    ['Account holders may share their content.', 'Users           may share their content.'],
    ['The account holder must not sell data.', 'The user           must not sell data.'],
    ['We may share data with accountholders.', 'We may share data with users         .'],
    ['Account-holders must not sell data.', 'Users           must not sell data.'],
  ])('joinReaderRoles writes the role it means, offsets kept: %s', (text, joined) => {
    expect(joinReaderRoles(text)).toBe(joined);
  });
  it.each(['account holdership', 'bank account, holder of record'])('%s stays as it is', (text) => {
    expect(joinReaderRoles(text)).toBe(text);
  });
});
