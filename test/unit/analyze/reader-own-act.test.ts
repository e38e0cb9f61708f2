// The reader's own act read the same whichever verb or shape says it (analyze/actor.ts, lexicon READER_OWN_ACT): data
// the reader hands on in a relative clause, a sentence opened by the reader's act as a gerund with advice to the reader
// after it, the reader's ease or care with the act, and the act as the reader's choice. Shapes found by rewriting
// development units whose gold actor is the reader (share ↔ disclose, provide ↔ transfer, "you" ↔ "users"/"the
// customer"); each with the service's own act in the same shape, which stays a grant.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { clauseOf } from './clause-fixture';

let n = 0;
/** The data_sharing findings that take a right, as "stance[:condition]". */
const sharing = (text: string): string[] =>
  analyzeClauses([clauseOf(text, { id: `c${n++}` })], { firstParty: ['acme'] })
    .findings.filter((f) => !f.role && f.category === 'data_sharing')
    .map((f) => `${f.stance}${f.condition ? `:${f.condition}` : ''}`);

describe("the reader's own act is no right of the service", () => {
  it.each([
    // What the reader hands on, named in a relative clause after a disclaimer.
    'Acme is not responsible for the use or disclosure of any information that you transfer to any third party.',
    'Acme is not liable for the disclosure of any data that users upload to a third-party site.',
    // A gerund opening the sentence, then advice to the reader.
    'Before disclosing your data to a third party, please check their privacy policy.',
    'When disclosing personal information to others, be careful.',
    'When sharing your data with third parties, you should read their terms first.',
    'Also, when transferring files to other services, always use a secure connection.',
    // The reader's ease or care with the act.
    'Be sure that you are comfortable disclosing your content to third parties before you post.',
    'You are welcome to share your content with third parties.',
    'Users are careful when sharing data with third parties.',
    // Advice to limit the act, or to use judgment with it.
    'Please limit the information disclosed to what is necessary.',
    'You should exercise common sense and good judgment when disclosing information to others on our Platform.',
    // The act as the reader's choice.
    'It is entirely up to you to share content with third parties.',
    "It is the customer's responsibility to share content with third parties.",
  ])('%s', (text) => {
    expect(sharing(text)).toEqual([]);
  });
});

describe("the service's own act in the same shapes stays a grant", () => {
  it.each([
    // The service hands on, not the reader.
    'Acme is not responsible for the disclosure of any information that we transfer to our advertising partners.',
    // A gerund whose main clause is the service's own.
    'Before transferring your data to a third party, we remove your name.',
    'When sharing data with partners, please note that we require them to protect it.',
    'When disclosing personal information to advertisers, we use pseudonyms, and always encrypt it.',
    // Another party's ease, or the service's own choice.
    'We are comfortable sharing your content with third parties.',
    'Partners are welcome to share your data with third parties.',
    'It is our responsibility to share data with third parties.',
  ])('%s', (text) => {
    expect(sharing(text)).toContain('grant');
  });
});
