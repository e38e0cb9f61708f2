// Recipients named by their role under data-protection law (GUIDE D1, D8): joint or independent controllers beside the
// service, and the sub-processors it engages or the reader authorises. Sentences written for these tests, not taken
// from the gold; the near misses are the reader's own processors, the service alone in a role, definitions, notices
// and an engagement that is only the occasion of a limit.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: recipients as controllers or processors', () => {
  it.each([
    'Our advertising partners are joint controllers with us for the data collected through our tags.',
    'For the loyalty scheme we act as joint controllers with the participating partners.',
    'Acme and its partner Examplebank act as joint controllers for the co-branded card.',
    'We may work with research partners as joint controllers, deciding together why your data is processed.',
    'Our payment partners act as independent controllers when they process your card details.',
    'The delivery companies we use become independent controllers of your address and phone number.',
    'Some of our business partners may act as separate controllers of the data they receive.',
    'Our insurance partners, all of which are jointly responsible for processing your claim data, are listed below.',
    'Acme is a joint controller with third parties that show ads on our pages.',
    'In the reward programme, Acme and the participating retailers act as joint controllers with our partners.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'Acme is the controller of your personal data.',
    'Acme acts as an independent controller for the account data it collects.',
    'You and Acme are independent controllers of the business contact details you exchange.',
    'We act as joint controllers with you for the content of shared spaces.',
    'Third-party websites you reach through links are independent controllers of the data they collect.',
    'A joint controller is one of two or more controllers that decide together why data is processed.',
    // The service with its own group acts as one (data_sharing.service-and-its-group).
    'In the reward programme, Acme and its affiliates act as joint controllers.',
    'You can ask us who the controller of your data is.',
    'Our partners may decide independently which offers to show on their own sites.',
    'Your employer is the controller of the data in your work account.',
    'Where you act as a controller, you are responsible for giving notice to your end users.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });
});

describe('data_sharing: sub-processors engaged or authorised', () => {
  it.each([
    'Acme uses sub-processors to host the Service and to deliver emails.',
    'We may engage sub-processors located outside your country.',
    'Acme has appointed Examplecloud Ltd as a sub-processor for data storage.',
    'We retain our affiliates and certain vendors as subprocessors.',
    'Acme may use the services of the sub-processors listed in Annex 2.',
    'Customer authorises Acme to engage sub-processors to provide the Services.',
    'You consent to the appointment of the sub-processors named on our website.',
    'By signing this addendum, Customer gives general authorisation to the use of sub-processors by Acme.',
    'If you object to a new sub-processor, you may terminate your subscription.',
    // Review rds44: an acceptance no longer lifts the 'no data in clause' veto; with the data named it is read.
    'Your continued use of the Services after the notice means your acceptance of the new sub-processor for your data.',
  ])('grant: %s', (text) => {
    expect(sharing(text)).toBe('grant');
  });

  it.each([
    'You may engage your own sub-processors to process your end users’ data.',
    'Customer is responsible for the sub-processors it uses.',
    'A sub-processor is a processor engaged by another processor.',
    'When engaging a sub-processor, Acme will impose the same data protection obligations by written contract.',
    'Before engaging any new sub-processor, Acme will notify Customer by email.',
    'Our servers use the latest processors to keep the Service fast.',
    'Customer may object to a new sub-processor on reasonable grounds, and we will then not use it for Customer Data.',
    'Your suppliers may retain their own sub-processors under their own terms.',
    'You authorize Acme to act on your behalf in disputes with other users.',
    'You can find out more about sub-processors in our Help Centre.',
    'Customer may appoint a sub-processor only with our written approval.',
  ])('not a grant: %s', (text) => {
    expect(sharing(text)).not.toBe('grant');
  });
});

// Review rds44: the sentences that the first version read wrong, with the stance each must have.
describe('data_sharing roles after review', () => {
  it.each([
    // The veto is lifted only by an engage verb directly before the sub-processor word, not by an objection.
    [
      'If Customer objects to a new sub-processor, Acme will provide written notice to the partner concerned within 30 days.',
      '-',
    ],
    // The reader appointing the service as its sub-processor.
    ['Where you are a processor, you engage Acme as a sub-processor.', '-'],
    ['Customer may use Acme as a sub-processor for its own customers.', '-'],
    ['Resellers may appoint Acme as a sub-processor.', '-'],
    // Safeguards and procedure about sub-processors are no engagement.
    ['Acme uses a risk assessment to evaluate sub-processors.', '-'],
    ['Acme engages in due diligence of sub-processors.', '-'],
    ['We only engage sub-processors who are bound by written agreements that protect your data.', 'restrict'],
    // Consent and objection: the stance is read as for any clause.
    ['We will ask for your consent before the use of sub-processors.', 'conditional:opt_in'],
    ['If Customer objects to a new sub-processor, Customer may terminate the Agreement.', 'grant'],
    ['The Partner authorizes its end customers to engage their own sub-processors.', '-'],
    // Controllers: no gap across clauses, business customers' own data, the role as an occasion, a denied joint role.
    ['Nothing in this Agreement makes the parties partners, and each party is an independent controller.', '-'],
    ['If you connect with our partners, you are an independent controller of your own data.', '-'],
    ['Merchants are independent controllers of their customers’ data that they process using our Service.', '-'],
    ['Advertisers are independent controllers of the data they collect on their own websites.', '-'],
    ['Where our partners act as independent controllers, they will provide you with their own privacy notice.', '-'],
    ['Our partners do not act as joint controllers with us.', '-'],
    // Trackers: the service's own tracker placed by its customers; a party the reader lets in.
    ['Our SDK is installed by publishers in their apps to show ads.', '-'],
    ['The Acme pixel is deposited by merchants on their checkout pages.', '-'],
    ['We and any third party that you authorise may access your account.', '-'],
    // The types of data a partner processes are a disclosure (as on main).
    ['The types of data processed by our partners include your name, email address and location.', 'grant'],
  ])('%s → %s', (text, want) => {
    expect(sharing(text)).toBe(want);
  });

  it.each([
    'We use standard contractual clauses with our sub-processors outside the EEA.',
    'We use contracts with our sub-processors that require them to protect your data.',
    'If you object to a new sub-processor, we will stop using that sub-processor for your data.',
    'We use sub-processors located in the EU only.',
    'If you object to a new sub-processor, Acme will stop that sub-processor from processing your data.',
  ])('not a grant: %s', (text) => {
    expect(sharing(text)).not.toBe('grant');
  });
});
