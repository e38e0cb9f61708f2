// data_sharing read in two more shapes (issue 16): the kinds of recipients a section names back ("These providers
// include …"), and aggregate or de-identified data passed on (GUIDE G6). Sentences of other companies' wording, and the
// near misses each must leave alone.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { matchClause } from '../../../src/core/analyze/engine';
import { lastUnitSharingStance, sharingStance } from './sharing-stance';

const SHARES = 'We share your personal information with service providers and partners who help us run the services.';

describe('the kinds of recipients named back after a unit that names them', () => {
  const grants = [
    'These providers include cloud hosting companies, payment processors and email delivery providers.',
    'Such third parties may include advertising networks, analytics companies and social media platforms.',
    'These partners might include resellers, referral partners and event sponsors.',
    'Our vendors typically include IT service providers, customer support contractors and auditors.',
    'The recipients may include our affiliates, delivery companies and fraud prevention agencies.',
    'Such service providers could be third party processors located in other countries.',
    'This may include marketing agencies, data analytics providers and other companies we work with.',
    'Those companies can include identity verification vendors and payment processors.',
  ];
  for (const s of grants) it(`grant: ${s}`, () => expect(lastUnitSharingStance(`${SHARES} ${s}`)).toBe('grant'));

  const none = [
    // Nobody named before it.
    'These providers include cloud hosting companies, payment processors and email delivery providers.',
    // Sources of the data, the reader's own parties, what they are rather than who.
    'We receive information from other sources. Our data providers include credit bureaus and data brokers.',
    'We receive information from partners. Our business partners can include companies such as your mobile carrier.',
    `${SHARES} This includes third parties you choose to connect to your account.`,
    `${SHARES} These providers may be changed from time to time.`,
    `${SHARES} These partners may be members of industry groups that offer opt-out tools.`,
    // Kinds of data or cookies, not of recipients.
    `${SHARES} This includes your contact details and your purchase history.`,
    `${SHARES} This may include your name, your employer and your job title.`,
    'Our partners may place cookies on your device. These cookies include analytics cookies and advertising cookies.',
  ];
  for (const s of none) it(`none: ${s}`, () => expect(lastUnitSharingStance(s)).toBe('-'));

  // A processor named only as a definition, a pointer to a list: not read as kinds (another rule reads "our list of
  // sub-processors" as the service using them).
  // The same kinds after a unit that shares with them are read (the test can fail: only the unit before differs).
  const KINDS =
    'These processors include the companies on our list of sub-processors, which you can find on our website.';
  const kindsRule = (text: string): string[] =>
    analyzeText(text)
      .findings.filter((f) => f.rule === 'data_sharing.recipient-kinds-listed')
      .map((f) => f.stance);
  it('leaves a definition and a pointer to the list of sub-processors', () => {
    expect(kindsRule(`“Processor” means a company that processes data for us. ${KINDS}`)).toEqual([]);
    // Kinds the rule alone reads: none after the definition, a grant by this rule after a unit that shares with them.
    const OWN = 'These processors include cloud hosting companies and payment processors.';
    expect(kindsRule(`“Processor” means a company that processes data for us. ${OWN}`)).toEqual([]);
    expect(kindsRule(`We share your personal data with processors who host our services. ${OWN}`)).toEqual(['grant']);
  });
});

describe('aggregate, de-identified or anonymous data passed on (GUIDE G6)', () => {
  const grants = [
    'We may share aggregated statistics about how our services are used.',
    'Acme may disclose de-identified data for research and other purposes.',
    'We may release anonymized usage statistics to researchers.',
    'We provide aggregate information about our audience to advertisers.',
    'We may anonymise your trip data and then share it with city planners.',
    'We may aggregate information about you and share it with anyone.',
    'We create anonymized data from personal information, which we may use or disclose for any purpose.',
    'Aggregated and de-identified information about our users may be disclosed to others for any purpose.',
    'Acme may distribute pseudonymized ad performance data.',
    'From time to time we provide de-identified listening statistics to record labels.',
  ];
  for (const s of grants)
    it(`grant by derived-data-disclosed: ${s}`, () => {
      expect(sharingStance(s)).toBe('grant');
      // Several also grant by another rule (share-user-data, share-with-third-parties): this one must match them too.
      expect(matchClause(s, undefined, { weak: true }).map((h) => h.rule)).toContain(
        'data_sharing.derived-data-disclosed',
      );
    });

  it('a denial is a restrict', () =>
    expect(sharingStance('We never share aggregated data, even in de-identified form.')).toBe('restrict'));

  const none = [
    'We may provide you with aggregated statistics about your own account.',
    'Our analytics provider may share aggregated reports with us.',
    'We use aggregated data to improve our services.',
    'We collect anonymous usage statistics to understand how the app is used.',
    'We receive aggregated reports from our analytics partners.',
    'Aggregated information shared in these contexts will not contain your personal information.',
    'You can share anonymous feedback with your team.',
    'Anonymous visitors may share links to our articles.',
    'See our Privacy Policy to learn how aggregated data is used.',
  ];
  for (const s of none) it(`none: ${s}`, () => expect(sharingStance(s)).toBe('-'));

  // The reader's own act of sharing, with the service's feature: a transfer the user starts (GUIDE D4).
  it('the reader sharing by choice is opt-in', () =>
    expect(sharingStance('You may choose to share aggregated workout statistics with your friends.')).toBe(
      'conditional:opt_in',
    ));
});

// The pronoun shape at the unit's start only, a recipient word that names their thing or a source, no lifting of the
// "no data in clause" veto by a pronoun or "may be" alone; derived data given to the reader's side, kept in-house or
// passed on by another.
describe('kinds that name no recipients, derived data that stays', () => {
  const kindsNone = [
    'They may include companies that pay us for access.',
    'Members can join groups. They may include partners who organise local events.',
    'The Seller may be entitled to compensation, within the limits set by each shipping provider.',
    `${SHARES} For example, this includes visits to an advertiser's website or purchases.`,
    `${SHARES} This includes participation in our partner programs.`,
    `${SHARES} This includes our vendor management process and audits.`,
    `${SHARES} This may include information from affiliate websites.`,
    `${SHARES} These include partner cookies, advertiser cookies and analytics cookies.`,
  ];
  for (const s of kindsNone) it(`none: ${s}`, () => expect(lastUnitSharingStance(s)).toBe('-'));

  const derivedNone = [
    'We provide anonymous visitors with information about our plans and prices.',
    'We provide our users with aggregated statistics about their own listening history.',
    'We provide account owners with aggregated statistics about their own team.',
    'Aggregated statistics about your own listening may be provided in your annual summary.',
    'We anonymize the data and then provide it to our internal research team.',
    'Anonymized results may be released by the study sponsor once the study ends.',
  ];
  for (const s of derivedNone)
    it(`none: ${s}`, () =>
      expect(analyzeText(s).findings.filter((f) => f.rule === 'data_sharing.derived-data-disclosed')).toEqual([]));
});

// Recipients named before count only when a unit passed data to them (GUIDE D10), not as sources, links, paying
// advertisers, sellers or users of the service; and kinds that say what they are, not who.
describe('the kinds after recipients that got no data', () => {
  const none = [
    'We receive information about you from third parties. These third parties include data brokers, social networks and advertising partners.',
    'We collect information from our partners. These partners include advertisers, data brokers and other third parties.',
    'Our site contains links to websites of third parties. These third parties may include retailers, publishers and social networks.',
    'Advertisers pay us to show ads. Our advertisers include brands, agencies and other companies.',
    'Sellers on our marketplace are third parties. These third parties include independent shops and large retailers.',
    `${SHARES} These partners include some of the largest companies in the world.`,
    'Our partners never receive your personal data. Our partners include brands, agencies and media companies.',
    'Third parties cannot access your account data. These third parties include retailers, publishers and social networks.',
    'Third parties from whom we obtain information may include public databases. These third parties include data brokers and social networks.',
    'The third parties from which we receive data are listed below. These third parties include data brokers, social networks and advertising partners.',
    'Advertisers use our platform to reach customers. Our advertisers include brands, agencies and other companies.',
    'Our platform is used by advertisers to reach new customers. Our advertisers include brands, agencies and other companies.',
    'Third-party sellers use our marketplace to sell their products. These third parties include independent shops and large retailers.',
    'We sell advertising space to advertisers. Our advertisers include brands, agencies and other companies.',
    'We want to thank our partners. Our partners include brands, agencies and media companies.',
    'We work with partners to run promotions. Our partners include brands, agencies and media companies.',
    'We partner with advertisers to show you relevant ads. Our advertisers include brands, agencies and other companies.',
    'We compete with other companies. These companies include large retailers and online marketplaces.',
    'We are proud to work with partners around the world. Our partners include brands, agencies and media companies.',
    'We receive information about you from our processors and sub-processors. These third parties include credit bureaus and social networks.',
    'We may receive personal data from the recipients of your messages. These third parties include credit bureaus and social networks.',
    'We share your information with service providers. We also receive information about you from third parties. These third parties include data brokers and social networks.',
    'We share your information with service providers. Our site contains links to websites of third parties. These third parties may include retailers, publishers and social networks.',
  ];
  for (const s of none) it(`none: ${s}`, () => expect(lastUnitSharingStance(s)).toBe('-'));

  it('none under a heading that names a source', () =>
    expect(
      lastUnitSharingStance(
        '## Information from our partners\n\nThese partners include advertisers, publishers and data providers.',
      ),
    ).toBe('-'));

  // The same kinds after a unit that passes data to them, or engages them, or under a heading that names them as
  // recipients, stay a grant by this rule; so do kinds that are named, however described.
  const kindsGrants = [
    'We share your information with third parties. These third parties include data brokers, social networks and advertising partners.',
    'Acme uses vendors around the world. These vendors include cloud hosting companies and payment processors.',
    'We rely on third-party service providers to host our website. These providers include cloud hosting companies and payment processors.',
    'We engage third parties to perform services on our behalf. These third parties include cloud hosting companies and payment processors.',
    'We use third-party service providers to help us operate our business. These service providers include hosting companies, payment processors and email delivery providers.',
    'We may hire other companies to perform certain business-related functions. These companies include payment processors and email delivery providers.',
    '## Service providers\n\nThese providers include cloud hosting companies and payment processors.',
    '## Vendors and service providers\n\nThese include cloud hosting companies, payment processors and email delivery providers.',
    'We share your information with service providers. These providers include some of the largest cloud hosting companies and payment processors.',
    'We share your information with advertising partners. Our partners include many of the advertising networks listed below.',
    'We share your information with third parties. These third parties include most of the major advertising networks and analytics providers.',
    'We share your information with partners. These partners include the largest advertising networks and data brokers.',
  ];
  for (const s of kindsGrants)
    it(`grant by recipient-kinds-listed: ${s}`, () => {
      const r = analyzeText(s);
      const last = r.clauses[r.clauses.length - 1]!;
      expect(
        r.findings.some(
          (f) => f.clauseId === last.id && f.rule === 'data_sharing.recipient-kinds-listed' && f.stance === 'grant',
        ),
      ).toBe(true);
    });
});

// "provide" and "release" pass derived data on only to a party; another party's sharing and counts of the requests the
// service receives are not the service passing on its users' data.
describe('derived data with no recipient, or not the service passing it on', () => {
  const derived = (s: string): boolean =>
    matchClause(s, undefined, { weak: true }).some((h) => h.rule === 'data_sharing.derived-data-disclosed');
  const none = [
    'Acme provides aggregated market data from exchanges and other financial institutions.',
    'Our service provides aggregated flight information from airlines and travel agencies.',
    'Advertisers may share aggregated campaign reports with their agencies.',
    'We release aggregated statistics on the number of government requests we receive in our transparency report.',
  ];
  for (const s of none) it(`none: ${s}`, () => expect(sharingStance(s)).toBe('-'));
  // "to"/"with" that lead to no party, or to the reader's side.
  const notDerived = [
    'We provide aggregated market data to help investors make better decisions.',
    'Acme provides aggregated traffic data with real-time updates.',
    'Acme provides aggregated pricing data with a delay of 15 minutes.',
    'Aggregated statistics may be provided to help you understand your usage.',
    'We provide aggregated statistics to our users about their own activity.',
    'We may release aggregated statistics to our users.',
    'Aggregated statistics may be provided to users in their dashboard.',
  ];
  for (const s of notDerived) it(`not derived-data-disclosed: ${s}`, () => expect(derived(s)).toBe(false));
  // The service itself as the subject, and requests named only later in the sentence.
  const derivedGrants = [
    'The Company may share aggregated statistics about how the services are used.',
    'Our affiliates may share aggregated statistics for research.',
    'We may share aggregated statistics in response to legal requests.',
    'We may disclose aggregated data as described in our transparency report.',
    'We may share aggregated statistics on the number of users who visit our site.',
  ];
  for (const s of derivedGrants) it(`derived-data-disclosed: ${s}`, () => expect(derived(s)).toBe(true));
  const grants = [
    'We provide de-identified listening statistics to record labels.',
    'We may share aggregated or de-identified information with our partners for research.',
    'Aggregated data may be disclosed to advertisers.',
  ];
  for (const s of grants)
    it(`grant: ${s}`, () => {
      expect(sharingStance(s)).toBe('grant');
      expect(derived(s)).toBe(true);
    });
});
