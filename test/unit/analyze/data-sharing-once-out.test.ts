// The service saying it answers for or controls none of the data once outside parties hold it (rules/data-sharing-
// vetoes.ts data_sharing.outside-our-policy, NOT_OUR_DATA_ONCE_OUT): the disclosure is presupposed, the clause says
// who answers for it (GUIDE D8, G4: role=explanation). Sentences written for these tests; the near misses share in
// their own main clause, or name an outside party that collects.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: no responsibility or control over the data once out', () => {
  it.each([
    'We are not responsible for the security of the Personal Information or its processing once received by the third party.',
    'If you choose to pay through a virtual account provider, we will not be responsible for the data you provide to this third party.',
    'Acme is not responsible or liable for any third party access to or use of the content you post or your registration data.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
    'We share your data with advertisers and are not responsible for their use of it.',
    'Your data may be disclosed to our partners, and we are not responsible for their use of the data.',
    'We may transfer your data to a buyer, and we will have no control over the information after that.',
    'We provide your address to delivery partners; we are not responsible for the data once they receive it.',
    'Acme shares your contact details with the courier, and Acme is not liable for any third party access to them.',
    'Third-party advertisers may collect information about you on our site; we are not responsible for their use of that information.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });
});
