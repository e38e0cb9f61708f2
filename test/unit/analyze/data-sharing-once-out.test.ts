// The service saying it answers for or controls none of the data once outside parties hold it (rules/data-sharing-
// vetoes.ts data_sharing.outside-our-policy, NOT_OUR_DATA_ONCE_OUT): the disclosure is presupposed, the clause says
// who answers for it (GUIDE D8, G4: role=explanation). Sentences written for these tests; the near misses share in
// their own main clause, say an outside party receives, holds or gets the data, or say nothing of the data being out.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: no responsibility or control over the data once out', () => {
  it.each([
    'We are not responsible for the security of the Personal Information or its processing once received by the third party.',
    'If you choose to pay through a virtual account provider, we will not be responsible for the data you provide to this third party.',
    'Acme is not responsible or liable for any third party access to or use of the content you post or your registration data.',
    'We are not responsible for the data once received by the third party.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  // The service discloses in its own clause (serviceDiscloses).
  it.each([
    'We share your data with advertisers and are not responsible for any third party use of it.',
    'We may transfer your data to a buyer, and we will have no control over the information after that.',
    'We provide your address to delivery partners; we are not responsible for the data once they receive it.',
    'Acme shares your contact details with the courier, and Acme is not liable for any third party access to them.',
  ])('grant, the service discloses: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  // An outside party receives, holds or gets the data in the clause's own words (DATA_REACHES_PARTY).
  it.each([
    'Our payment processor receives your card details, and we are not responsible for the security of the data once received.',
    'Our partners may obtain your personal data, and we have no control over the information after that.',
    'Advertisers will have access to your profile, and we are not liable for any third party use of the data.',
    'Our vendors process your personal data, and we are not responsible for the security of the data once received.',
    'Your data is sent to our analytics provider, and we are not responsible for the data once it is received.',
    'In a merger, your information will pass to the acquirer, and we will have no control over the information after the merger.',
    'Our hosting provider stores your personal data, and we are not liable for the data once received.',
    'Third-party advertisers may collect information about you on our site; we are not responsible for any third party use of that information.',
  ])('grant, a party receives: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it('opt_in, a party receives: the app of a connection the user makes', () => {
    expect(
      sharing(
        'If you connect a third-party app, the app will receive your profile data, and we are not responsible for the data once received.',
      ),
    ).toBe('conditional:opt_in');
  });

  // Nothing says the data is out: "data" alone is any noun phrase (NOT_OUR_DATA_ONCE_OUT needs once / after / received
  // by / provided to).
  it.each([
    'Our payment processor receives your card details, and we are not responsible for the security of the data.',
    'Our partners may obtain your personal data, and we have no control over the information.',
    'Advertisers will have access to your profile, and we are not liable for any use of the data.',
    'Your data is sent to our analytics provider, and we are not responsible for the data.',
    'In a merger, your information will pass to the acquirer, and we will have no control over the information.',
    'We are not responsible for any data loss, but our service providers may access your data.',
    'Our hosting provider stores your personal data, and we are not liable for any data breach there.',
    'Our service providers have access to your data, but we are not responsible for the data you post publicly.',
    'Your information is hosted by our cloud partners, and we are not responsible for any data loss.',
    'Third-party payment processors handle your card details, and we are not liable for any data breach.',
    'Your data may be accessible to our contractors, and we are not liable for any data breach.',
  ])('grant, the data is not said to be out: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it('opt_in, the data is not said to be out', () => {
    expect(
      sharing(
        'If you connect a third-party app, the app will receive your profile data, and we are not responsible for the data.',
      ),
    ).toBe('conditional:opt_in');
  });
});
