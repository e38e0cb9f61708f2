// Units that speak of disclosures without making one (GUIDE data_sharing): a right, a request, a pointer or an
// announcement whose only disclosure is what it describes (role=explanation or role=pointer); a term defined
// (role=definition); something other than data provided to a party (a link, a choice, a tool); the security purpose
// of keeping data from those who have no right to it. Each near miss beside them still discloses.
import { describe, expect, it } from 'vitest';
import { lastUnitSharingStance, sharingStance as sharing } from './sharing-stance';

describe('disclosures described, not made', () => {
  it.each([
    ['Request information about with whom we share your personal data.', '-'],
    [
      'To request more information concerning the categories of personal information we share with third parties, please contact us.',
      '-',
    ],
    [
      'For a list of the categories of personal information we have disclosed for a business purpose in the past 12 months, please click here.',
      '-',
    ],
    [
      'This section provides details about the categories of personal information that we have collected, disclosed or sold in the last 12 months.',
      '-',
    ],
    [
      'The table below describes the purposes for which we collect and disclose each category of personal information.',
      '-',
    ],
    [
      'Notice: Acme will inform users about the purposes for which it collects personal data, the types of third parties to which Acme discloses personal data, and the means Acme offers for limiting use and disclosure.',
      '-',
    ],
    [
      'The information under the Personal Information Processing Chart (or as addressed under a separate notice, if applicable) describes the entities with which we may disclose your personal information.',
      '-',
    ],
    ['For information regarding the purposes for which we disclose your personal data, please see Section 5.', '-'],
    // The unit discloses as well, or an outside party gets the data: kept.
    ['We share information about you with our advertising partners; to learn which ones, please contact us.', 'grant'],
    [
      'We may disclose the categories of personal information listed above to our service providers, as described in Section 5.',
      'grant',
    ],
    ['Our partners may receive information about your purchases; see our partner list for details.', 'grant'],
    ['You have the right to request that we not share information about you with advertisers.', 'conditional:opt_out'],
    [
      'When you visit our site, we and our partners may collect information about your activity on other sites.',
      'grant',
    ],
    [
      'All service providers are bound by a contract that sets out the categories of data and the rights and obligations of the parties.',
      'restrict',
    ],
    // The same heads as a share verb's subject or object name the data; no right, request or pointer governs them.
    ['Information about you may be shared with our partners; please see Section 5 for more.', 'grant'],
    ['We may provide information about you to third parties; please see below.', 'grant'],
    ['We transmit details regarding your transactions to our bank partners; please see Section 7.', 'grant'],
    [
      'The categories of personal information listed above may be disclosed to our service providers; please see Section 5.',
      'grant',
    ],
    ['Information about your location is made available to our partners, see Section 4.', 'grant'],
    ['If a court requests it, details about your account may be released to the authorities.', 'grant'],
    [
      'Information about your account may be transferred to a buyer if we are acquired, as we will inform you by email.',
      'grant',
    ],
    ['At your request, information about your order is sent to the seller.', 'conditional:opt_in'],
    // "Describes" only with a document part as the subject at the unit's start.
    ['As this policy describes, we share your data with advertisers and data brokers.', 'grant'],
    ['As Section 5 describes, your personal data is sold to data brokers.', 'grant'],
    ['The merchant, which describes its practices in its own policy, receives your name and address from us.', 'grant'],
    [
      "For information about the partner's practices and to opt out of its sharing of your data, visit its website.",
      'conditional:opt_out',
    ],
    // No asking, pointing or announcing: what a list lead-in states.
    [
      'In the past 12 months, we have disclosed the following categories of personal information for a business purpose:',
      'grant',
    ],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('something other than data provided to a party', () => {
  it.each([
    ['Acme may also provide non-commercial links or references to third parties within its content.', '-'],
    [
      'Personalized advertising: we give the option to advertisers to customize ads shown to you based on your device information.',
      '-',
    ],
    [
      'Acme uses such information to operate, maintain, enhance, provide, create, and develop all of the features, functionality, and services found on the Acme Services; provide security for our websites, products, software, applications, or live (in-person) events; manage relationships with Acme account holders (e.g., Partners, Affiliates), including making or receiving payment; and understand the usage trends of our users.',
      '-',
    ],
    ["These ads provide a mechanism to opt out of the advertising partners' use of this information.", '-'],
    // The data, or access to it, provided: kept.
    ['We may provide your information to third parties for marketing.', 'grant'],
    ['We may provide access to your data to our service providers.', 'grant'],
    ['We may provide certain information to third parties.', 'grant'],
    ['We provide the data to advertising partners.', 'grant'],
    // A noun that modifies the data, or is followed by more of the object, is no "something other than data".
    ['We provide product usage information to our partners.', 'grant'],
    ['We may provide feature usage data to third parties for analytics.', 'grant'],
    ['We provide subscription information to our payment processor.', 'grant'],
    ['We provide security logs containing your IP address to third-party auditors.', 'grant'],
    ['We provide any products you purchase and your shipping address to our delivery partners.', 'grant'],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('kept from those who have no right to it', () => {
  it.each([
    [
      'This is a security measure to ensure that personal data is not disclosed to any person who does not have a right to receive it.',
      '-',
    ],
    ['We share your data with advertisers, who do not have a right to access it for other purposes.', 'grant'],
    // "Who has no right" after a recipient limits the recipient (D12).
    [
      'Your data may be disclosed to our vendors, who do not have the right to access it for any other purpose.',
      'grant',
    ],
    ['Your data is shared with our vendors, who do not have any right to see it beyond what is necessary.', 'grant'],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('a term defined', () => {
  it.each([
    [
      '“Sub-Processor” has the definition attributed to it in the GDPR, and in this case means any Sub-Processor engaged by Acme who receives from Acme any personal data for processing entrusted by you.',
      '-',
    ],
    [
      'A cookie set by the site you are visiting is called a first-party cookie and cookies set by owners of other domains are called third-party cookies.',
      '-',
    ],
    [
      'When personal information is disclosed to third parties for cross-context behavioural advertising, the California law refers to it as “sharing”.',
      '-',
    ],
    // The service says it discloses, or no term is defined: kept.
    [
      '“Sub-Processor” means any processor we engage; we may share your personal data with our Sub-Processors.',
      'grant',
    ],
    ['Your information may be disclosed to third parties known as data brokers.', 'grant'],
    ['Third-party cookies are set by our advertising partners, who collect your browsing data.', 'grant'],
    // A disclosure after the definition's first clause is no part of it.
    [
      '“Sub-Processor” means any processor engaged by Acme; Acme shares personal data with its Sub-Processors.',
      'grant',
    ],
    ['“Sub-Processor” means any processor engaged by Acme; personal data is shared with Sub-Processors.', 'grant'],
    // A name given beside an outside party's act on the data (D1, D14).
    [
      'Cookies placed by our advertising partners are called third-party cookies, and they collect your browsing activity across sites.',
      'grant',
    ],
    ['Companies that help us deliver ads are called ad partners; they can access your device identifiers.', 'grant'],
    [
      'This practice is called retargeting: advertising networks use pixels on our site to collect your browsing data.',
      'grant',
    ],
    ['Information collected by analytics vendors through our SDK is called usage data.', 'grant'],
    // A quoted name after a disclosure stated outside a when/if condition.
    [
      'Your personal data may be disclosed to advertisers for targeted ads; the CCPA refers to this as “sharing”.',
      'grant',
    ],
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('a term defined under a Definitions heading', () => {
  it.each([
    [
      '# A. Definitions\n\n“Organizations” are shared workspaces that may be associated with a single entity or with one or more Users where multiple Users can collaborate across many projects at once.',
      '-',
    ],
    // "Is"/"are" as a passive share is a disclosure, whatever the heading.
    [
      '# Definitions and How We Share Your Data\n\n“Marketing data” is shared with our advertising partners for targeted ads.',
      'grant',
    ],
  ])('%j → %s', (text, expected) => {
    expect(lastUnitSharingStance(text)).toBe(expected);
  });
});
