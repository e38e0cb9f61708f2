// Units that speak of disclosures without making one (GUIDE data_sharing): a right, a request, a pointer or an
// announcement whose only disclosure is what it describes (role=explanation or role=pointer); a term defined
// (role=definition); something other than data provided to a party (a link, a choice, a tool); the security purpose
// of keeping data from those who have no right to it. Each near miss beside them still discloses.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

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
    ['Acme will inform users about the choices it offers for limiting use and disclosure of personal data.', '-'],
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
    ['We give the option to advertisers to target ads at devices of a given type.', '-'],
    ["These ads provide a mechanism to opt out of the advertising partners' use of this information.", '-'],
    // The data, or access to it, provided: kept.
    ['We may provide your information to third parties for marketing.', 'grant'],
    ['We may provide access to your data to our service providers.', 'grant'],
    ['We may provide certain information to third parties.', 'grant'],
    ['We provide the data to advertising partners.', 'grant'],
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
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});

describe('a term defined', () => {
  it.each([
    [
      '“Sub-Processor” means any processor engaged by Acme who receives personal data from Acme to carry out processing on behalf of the Customer.',
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
  ])('%j → %s', (text, expected) => {
    expect(sharing(text)).toBe(expected);
  });
});
