// The service using a provider named by its trade (GUIDE D1: processors and third-party tools count): "we use an
// analytics service provider", "we utilize major cloud service providers". Not the user's own provider, data taken
// from providers, or effort spent in choosing them.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: providers the service uses', () => {
  it.each([
    ['We use an analytics service provider in order to understand how our campaigns perform.', 'grant'],
    ['We use a fraud detection and prevention service provider in order to detect traffic abnormalities.', 'grant'],
    ['We utilize major cloud service providers to ensure the high-speed processing of data worldwide.', 'grant'],
    ['For our surveys we use a service provider called Example Surveys Limited.', 'grant'],
    ['We make use of several third-party providers.', 'grant'],
    ['We use services from external providers such as email delivery tools.', 'grant'],
    ['We do not use any service providers to process your payments.', 'restrict'],
    // Near misses: the user's provider, the user's or a customer's choice, data received, effort.
    ['We use your internet service provider to estimate your general location.', '-'],
    ['We use the name of your mobile service provider to show the right settings.', '-'],
    ['We use your IP address and your internet service provider name to prevent fraud.', '-'],
    ['You may use any service provider of your choice to host your site.', '-'],
    ['Customers may use their own service providers to process payments.', '-'],
    ['We use information from data providers to improve our records.', '-'],
    ['We use data we receive from our advertising vendors to measure campaigns.', '-'],
    ['We use reasonable efforts to select service providers carefully.', '-'],
    // An instrument used with providers: the provider is the other party, not what is used (the safeguards, GUIDE D2).
    ['We use appropriate safeguards with our third-party vendors.', '-'],
    ['We use contracts with our service providers that require them to protect your data.', '-'],
    ['We rely on standard contractual clauses with our external sub-processors.', '-'],
    // … but a provider used, with the sentence's stop after it or a hyphen in its head, is still used.
    ['We use carefully selected third-party vendors.', 'grant'],
    ['We engage external sub-processors to host your data.', 'grant'],
    // A recipient named a processor by a relative or an apposition, with no "on our behalf" (GUIDE D1).
    ['We use carefully selected and trusted third parties, who act as service providers.', 'grant'],
    ['We use trusted third parties that act as our processors.', 'grant'],
    ['We engage trusted companies, who act as data processors.', 'grant'],
    ['We use a third party, who acts as a processor, to host our site.', 'grant'],
    ['We do not use third parties who act as service providers.', 'restrict'],
    // … not the reader's, nor another role, nor a role named alone.
    ['You may use third parties who act as service providers for you.', '-'],
    ['We are not responsible for third parties that act as service providers to you.', '-'],
    ['Third parties who act as processors must sign a data processing agreement.', '-'],
    ['We act as a service provider to our customers.', '-'],
    ['We use cookies, which act as small text files.', '-'],
    ['Our site is hosted by a company that acts as our data processor.', 'grant'],
    // Data coming in from the party, or a seller acting as a vendor, is no party engaged for us (GUIDE D10).
    ['We use information received from third parties who act as service providers for advertisers.', '-'],
    ['We use data from third parties that act as our service providers.', '-'],
    ['We use third-party sellers who act as vendors on our marketplace.', '-'],
    ['We rely on partners who act as vendors of the products listed on our site.', '-'],
    ['We rely on partners who act as our vendors.', 'grant'],
    // The use presupposed by an opening clause: the main clause's safeguard gives the stance (GUIDE G4).
    [
      'Where we use certain service providers, we may use specific contracts approved by the European Commission, which give personal information the same protection it has in Europe.',
      'restrict',
    ],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});

describe('data_sharing: identifiers and pictures named as the data shared', () => {
  it.each([
    [
      'We share a unique identifier, like a user ID or hashed email address, with Acme Metrics to measure campaigns.',
      'grant',
    ],
    ['We may share device identifiers to enable the advertisements on our Services.', 'grant'],
    ['We share each rider’s name and profile picture to ensure safety.', 'grant'],
    ['We do not share your device identifiers.', 'restrict'],
    // Near misses: identifiers assigned, collected or reset, not shared.
    ['Each document has a unique identifier assigned by our system.', '-'],
    ['We assign a unique identifier to your account.', '-'],
    ['Your device identifiers are collected when you open the app.', '-'],
    ['You can reset your advertising identifier in your device settings.', '-'],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });
});
