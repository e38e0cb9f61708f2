// A unit is read with what the earlier units of its section established (GUIDE D13a): a transfer abroad or its
// safeguard with no recipient of its own takes the recipients an earlier unit of the same section named, or a heading
// over it, never those of another section, a sub-section's parent's units, or the text before the first heading.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import {
  namesRecipients,
  passesToRecipients,
  recipientsPassedBefore,
  recipientsJustBefore,
  sectionAfter,
  sectionAfterAll,
} from '../../../src/core/analyze/section-recipients';
import type { Clause, ClauseRole } from '../../../src/core/types';
import { unitClause } from '../../support/unit-clause';

const RECIPIENTS = 'We share your personal information with our service providers.';
const SAFEGUARD = 'We rely on standard contractual clauses to transfer your information.';
const TRANSFER = 'Such information may be transferred to other countries around the world.';

function clauses(units: Array<[string, string[], ClauseRole?]>): Clause[] {
  return units.map(([text, sectionPath, role], i) => unitClause(i, text, sectionPath, role));
}

/** The data_sharing stance of each clause ('-' for none or a mention), at the default sensitivity. */
function sharing(units: Array<[string, string[], ClauseRole?]>): string[] {
  const list = clauses(units);
  const { findings } = analyzeClauses(list);
  return list.map(
    (c) => findings.find((f) => f.clauseId === c.id && f.category === 'data_sharing' && !f.role)?.stance ?? '-',
  );
}

describe('a section read with its earlier units', () => {
  const T = ['Transfers'];
  it.each<[string, Array<[string, string[], ClauseRole?]>, string[]]>([
    [
      'the same section: restrict and grant',
      [
        [RECIPIENTS, T],
        [SAFEGUARD, T],
        [TRANSFER, T],
      ],
      ['grant', 'restrict', 'grant'],
    ],
    [
      'no recipient named before',
      [
        [SAFEGUARD, T],
        [TRANSFER, T],
      ],
      ['-', '-'],
    ],
    [
      'recipients named in another section',
      [
        [RECIPIENTS, ['Sharing']],
        [SAFEGUARD, T],
        [TRANSFER, T],
      ],
      ['grant', '-', '-'],
    ],
    [
      'a sub-section starts a topic of its own',
      [
        [RECIPIENTS, T],
        [SAFEGUARD, [...T, 'Details']],
      ],
      ['grant', '-'],
    ],
    [
      'the text before the first heading is no section around the rest',
      [
        [RECIPIENTS, []],
        [SAFEGUARD, T],
      ],
      ['grant', '-'],
    ],
    [
      'units with no heading read with each other',
      [
        [RECIPIENTS, []],
        [SAFEGUARD, []],
      ],
      ['grant', 'restrict'],
    ],
    ['a heading that names the recipients opens its section', [[SAFEGUARD, ['Third-party processors']]], ['restrict']],
    ['a heading that names none', [[SAFEGUARD, ['Where we store your data']]], ['-']],
    [
      'a heading that names the recipients opens each sub-section under it (one per recipient)',
      [
        [SAFEGUARD, ['Third-party processors', 'Acme Payments']],
        [SAFEGUARD, ['Data processors', 'Third-party processors', 'Acme Support']],
      ],
      ['restrict', 'restrict'],
    ],
    [
      'a heading above that names an audience opens no sub-section under it',
      [
        [TRANSFER, ['For Developers', 'International transfers']],
        [SAFEGUARD, ['Information for Sellers', 'International transfers']],
        [SAFEGUARD, ['3. If you are an advertiser or publisher', '3.6 Transfers']],
        [SAFEGUARD, ['Third-party processors', 'Acme Payments']],
      ],
      ['-', '-', '-', 'restrict'],
    ],
    [
      'a heading that names none over one that names none',
      [[SAFEGUARD, ['Where we store your data', 'Acme Payments']]],
      ['-'],
    ],
    [
      '"they" limited after the recipients are named, not before nor in another section',
      [
        ['They may only use your data to provide services to us.', T],
        [RECIPIENTS, T],
        ['They may only use your data to provide services to us.', T],
        ['They may only use your data to provide services to us.', ['Security']],
      ],
      ['-', 'grant', 'restrict', '-'],
    ],
    [
      '"they" after a unit about the users is the users, whose own duty it is',
      [
        [RECIPIENTS, T],
        ["Members can see each other's profiles.", T],
        ['They may not use any personal information they see for marketing.', T],
        ['They are required to keep your personal data secure.', T],
      ],
      ['grant', '-', '-', 'restrict'],
    ],
    [
      'a limit for their own purpose or under their own policies is no restrict',
      [
        ['We may share your information with our advertising partners.', T],
        ['They are only permitted to use the data for their own marketing purposes.', T],
        ['They are bound by their own privacy policies, not by ours.', T],
        ['They are not permitted to use your personal information for their own marketing purposes.', T],
      ],
      ['grant', '-', '-', 'restrict'],
    ],
    [
      'a new heading resets it',
      [
        [RECIPIENTS, T],
        [TRANSFER, ['Retention']],
        [TRANSFER, T],
      ],
      ['grant', '-', '-'],
    ],
    [
      "the service's own transfers out of Europe go to the recipients named before",
      [
        [RECIPIENTS, T],
        ['When we transfer personal data from the EEA to other countries, we rely on standard contractual clauses.', T],
        ['We may transfer personal data from the European Union to other countries around the world.', T],
      ],
      ['grant', 'restrict', 'grant'],
    ],
    [
      'transfers from Europe that the service receives are data coming in',
      [
        [RECIPIENTS, T],
        ['For transfers from the EEA to us in the United States, we rely on standard contractual clauses.', T],
        ['Personal data transferred from the EEA may be stored in other countries around the world.', T],
        [
          'When we transfer it from the EEA to the United States, which is where we are based, we rely on standard contractual clauses.',
          T,
        ],
        [
          'When you upload content, we transfer it from the EEA to our servers in the United States under standard contractual clauses.',
          T,
        ],
        ['When Acme transfers it from the EEA to the United States, we rely on standard contractual clauses.', T],
      ],
      ['grant', '-', '-', '-', '-', '-'],
    ],
    [
      'transfers from Europe to other countries go out, whoever sends them and however the verb is put',
      [
        [RECIPIENTS, T],
        ['When we transfer it from the EEA to third countries, we rely on standard contractual clauses.', T],
        ['When Acme transfers it from the EEA to third countries, we rely on standard contractual clauses.', T],
        ['When we need to transfer it from the EEA to third countries, we rely on standard contractual clauses.', T],
        ['Where we sometimes transfer it from the EEA to third countries, we rely on standard contractual clauses.', T],
        ['When we must transfer it from the EEA to the United States, we rely on standard contractual clauses.', T],
      ],
      ['grant', 'restrict', 'restrict', 'restrict', 'restrict', 'restrict'],
    ],
    [
      'an explanation names no recipient',
      [
        ['The law allows third parties to receive data.', T, 'explanation'],
        [TRANSFER, T],
      ],
      ['-', '-'],
    ],
  ])('%s', (_, units, expected) => {
    expect(sharing(units)).toEqual(expected);
  });
});

describe('namesRecipients', () => {
  it.each([
    ['We share your personal information with our service providers.', true],
    ['Our affiliates may process it.', true],
    ['Some recipients of your data are located abroad.', true],
    // What the subject is, not who receives.
    ['We are a global organization with offices in many countries.', false],
    ['The Foundation is a non-profit organization based in California.', false],
    ['Your data is stored in Ireland.', false],
    // A denial or a disclaimer names nobody who receives.
    ['We do not share your personal information with third parties.', false],
    ['We are not responsible for the privacy practices of third parties.', false],
    ['We share your data with vendors, who may not use it for anything else.', true],
  ])('%j → %s', (text, expected) => {
    expect(namesRecipients({ text })).toBe(expected);
  });
});

// GUIDE D10: a recipient named as a source, a link, a payer, a seller or a user of the service got no data.
describe('passesToRecipients', () => {
  it.each([
    ['We share your personal information with our service providers.', true],
    ['We may transfer your data to data processors acting on our behalf.', true],
    ['We allow third-party partners to collect information about your use of the site.', true],
    ['The complaint is made available to the recipients of the complaint.', true],
    ['Personal data may be accessed by our service providers.', true],
    ['We share contact details with partner companies.', true],
    ['We receive information about you from third parties.', false],
    ['We collect information from our partners.', false],
    ['Information from our partners', false],
    ['Our site contains links to websites of third parties.', false],
    ['Our site contains links to third-party websites.', false],
    ['Advertisers pay us to show ads.', false],
    ['Sellers on our marketplace are third parties.', false],
    ['We share the data we receive from our partners.', false],
    ['We do not share your personal information with third parties.', false],
    // Denied, or a source, between the recipient and its act.
    ['Our partners never receive your personal data.', false],
    ['Third parties cannot access your account data.', false],
    ['Third parties from whom we obtain information may include public databases.', false],
    ['The third parties from which we receive data are listed below.', false],
    ['Our partners may collect information about your use of the site.', true],
    // Using or used by, with no data as the object: the service is what they use.
    ['Advertisers use our platform to reach customers.', false],
    ['Our platform is used by advertisers to reach new customers.', false],
    ['Third-party sellers use our marketplace to sell their products.', false],
    ['Our vendors use your data only to provide the services.', true],
    // "with"/"to" without the data or a share verb before it.
    ['We sell advertising space to advertisers.', false],
    ['We want to thank our partners.', false],
    ['We work with partners to run promotions.', false],
    ['We partner with advertisers to show you relevant ads.', false],
    ['We compete with other companies.', false],
    ['We are proud to work with partners around the world.', false],
    ['Your information may be sent to our partners.', true],
    // A receiving role as a source.
    ['We receive information about you from our processors and sub-processors.', false],
    ['We may receive personal data from the recipients of your messages.', false],
    ['The recipients of your messages can see your profile.', true],
    // Engaging a party to work for the service (engage-processors's verbs).
    ['Acme uses vendors around the world.', true],
    ['We rely on third-party service providers to host our website.', true],
    ['We engage third parties to perform services on our behalf.', true],
    ['We use third-party service providers to help us operate our business.', true],
    ['We may hire other companies to perform certain business-related functions.', true],
    // The data named before, but "to" after a word that names no transfer (PASSED_TO_NOT_TO).
    ['Some of the information on the site belongs to third parties.', false],
    ['Our data practices are similar to other companies.', false],
    ['Our data practices compared to other companies are strict.', false],
    ['We keep information on the fees Acme pays to third parties.', false],
  ])('%j → %s', (text, expected) => {
    expect(passesToRecipients({ text })).toBe(expected);
  });

  it('carries within the section only, and reads the heading', () => {
    const passed = sectionAfterAll(undefined, clauses([[RECIPIENTS, ['Sharing']]]));
    expect(recipientsPassedBefore(passed, ['Sharing'])).toBe(true);
    expect(recipientsPassedBefore(passed, ['Contact'])).toBe(false);
    const source = sectionAfterAll(undefined, clauses([['We receive information from third parties.', ['Sources']]]));
    expect(recipientsPassedBefore(source, ['Sources'])).toBe(false);
    expect(recipientsPassedBefore(undefined, ['Sharing with third parties'])).toBe(true);
    expect(recipientsPassedBefore(undefined, ['Information from our partners'])).toBe(false);
    // A heading about the sharing opens the section: a role named as such, or a sub-section under one.
    expect(recipientsPassedBefore(undefined, ['Service providers'])).toBe(true);
    expect(recipientsPassedBefore(undefined, ['Vendors and service providers'])).toBe(true);
    expect(recipientsPassedBefore(undefined, ['Who receives your data', 'Service providers', 'Hosting'])).toBe(true);
    expect(recipientsPassedBefore(undefined, ['For partners', 'International transfers'])).toBe(false);
  });

  it('reads the last unit that names recipients, not any earlier one', () => {
    const source = sectionAfterAll(
      undefined,
      clauses([
        ['We share your information with service providers.', ['Sharing']],
        ['We also receive information about you from third parties.', ['Sharing']],
      ]),
    );
    expect(recipientsPassedBefore(source, ['Sharing'])).toBe(false);
    const link = sectionAfterAll(
      undefined,
      clauses([
        ['We share your information with service providers.', ['Sharing']],
        ['Our site contains links to websites of third parties.', ['Sharing']],
      ]),
    );
    expect(recipientsPassedBefore(link, ['Sharing'])).toBe(false);
    const unnamed = sectionAfterAll(
      undefined,
      clauses([
        ['We share your information with service providers.', ['Sharing']],
        ['This helps us run the services.', ['Sharing']],
      ]),
    );
    expect(recipientsPassedBefore(unnamed, ['Sharing'])).toBe(true);
    // The same recipients named again otherwise, bound or limited, leave the passing standing.
    const bound = sectionAfterAll(
      undefined,
      clauses([
        ['We share your information with service providers.', ['Sharing']],
        ['We ensure that our contracts with third parties address privacy laws.', ['Sharing']],
        ['These contractors may not use your personal data for their own marketing.', ['Sharing']],
      ]),
    );
    expect(recipientsPassedBefore(bound, ['Sharing'])).toBe(true);
  });
});

describe('sectionAfterAll', () => {
  it('hands on the section in which recipients were named, and nothing once another section begins', () => {
    const list = clauses([
      [RECIPIENTS, ['Transfers']],
      [SAFEGUARD, ['Transfers']],
      [TRANSFER, ['Contact']],
    ]);
    expect(sectionAfterAll(undefined, list.slice(0, 2))).toEqual({ sectionPath: ['Transfers'], passed: true });
    expect(sectionAfterAll(undefined, list)).toBeUndefined();
    // A part's state carries over to the next part: the same as reading the clauses at once.
    expect(sectionAfterAll(sectionAfterAll(undefined, list.slice(0, 1)), list.slice(1, 2))).toEqual(
      sectionAfterAll(undefined, list.slice(0, 2)),
    );
  });
});

describe('recipientsJustBefore', () => {
  const S = ['Sharing'];
  const THEY = 'They may access your personal information.';
  it.each<[string, Array<[string, string[], ClauseRole?]>, boolean]>([
    ['the unit just before names them', [[RECIPIENTS, S]], true],
    [
      'a unit between names someone else',
      [
        [RECIPIENTS, S],
        ['Our employees are trained.', S],
      ],
      false,
    ],
    [
      'the users just before',
      [
        [RECIPIENTS, S],
        ['Members can see each other’s profiles.', S],
      ],
      false,
    ],
    ['another section named them', [[RECIPIENTS, ['Transfers']]], false],
    ['nothing before, under a heading that names none', [], false],
  ])('%s → %s', (_, units, expected) => {
    const before = sectionAfterAll(undefined, clauses(units));
    expect(recipientsJustBefore(before, { text: THEY, sectionPath: S })).toBe(expected);
  });
  it('the unit itself names them, or opens a section whose heading does', () => {
    expect(recipientsJustBefore(undefined, { text: `${RECIPIENTS} ${THEY}`, sectionPath: S })).toBe(true);
    expect(recipientsJustBefore(undefined, { text: THEY, sectionPath: ['Third-party processors'] })).toBe(true);
  });
  it('carries over a part boundary as the state does', () => {
    const list = clauses([
      [RECIPIENTS, S],
      ['Our employees are trained.', S],
    ]);
    const whole = sectionAfterAll(undefined, list);
    const parts = sectionAfterAll(sectionAfterAll(undefined, list.slice(0, 1)), list.slice(1));
    expect(parts).toEqual(whole);
    expect(recipientsJustBefore(sectionAfterAll(undefined, list.slice(0, 1)), { text: THEY, sectionPath: S })).toBe(
      true,
    );
  });
});

describe('namesRecipients read once by the caller', () => {
  // analyzeClauses reads namesRecipients once per clause and hands it to both: the same answers as each reading it.
  it('gives recipientsJustBefore and sectionAfter the answers they read themselves', () => {
    const S = ['Sharing'];
    const list = clauses([
      [RECIPIENTS, S],
      ['Our employees are trained.', S],
      ['They may access your personal information.', S],
      ['Members can see each other’s profiles.', S],
      [TRANSFER, ['Transfers']],
      ['Our affiliates may process it.', ['Transfers'], 'definition'],
    ]);
    let before = sectionAfterAll(undefined, []);
    for (const clause of list) {
      const named = namesRecipients(clause);
      expect(recipientsJustBefore(before, clause, named)).toBe(recipientsJustBefore(before, clause));
      const after = sectionAfter(before, clause, named);
      expect(after).toEqual(sectionAfter(before, clause));
      before = after;
    }
  });
});
