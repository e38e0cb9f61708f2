// The analyser reads a fragment with its context (list lead-ins, a cell's row label and column header), keeps its
// evidence inside the unit, and lets roles decide what is reported: headings nothing, pointers, explanations and
// definitions only as mentions, which the score does not count. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
const clause = (text: string, extra: Partial<Clause> = {}): Clause => clauseOf(text, { id: `c${n++}`, ...extra });
const verdict = (c: Clause): string[] =>
  analyzeClauses([c]).findings.map((f) => `${f.category}:${f.stance}${f.role ? `:${f.role}` : ''}`);

describe('list items read with their lead-in', () => {
  it.each([
    ['train and improve our machine learning models', ['We use your conversations to:'], ['ai_training:grant']],
    ['Develop and improve our AI models.', ['We use the information we collect to:'], ['ai_training:grant']],
    // The lead-in's prohibition or duty binds the user, not the service.
    ['train any machine learning model on the content;', ['You agree not to:'], []],
    ['Not to train any AI model using content from the site.', ['You also agree:'], []],
    ['offers to sell any product to other members;', ['You must not post any content which:'], []],
    [
      'use any content from the Services to train or improve any machine learning model;',
      ['You, and anyone you allow to use the Services (including your employees), must not:'],
      [],
    ],
    [
      'use uploaded content in the development of machine learning models;',
      ['(c) use the Site to do any of the following without Acme’s prior written permission:'],
      [],
    ],
    [
      'in the development of generative AI programs;',
      ['except where explicitly allowed by these Terms, use any content uploaded to the Site:'],
      [],
    ],
    // A party standing for the user ("Publisher", "Customer") under a duty in the lead-in binds the user too.
    [
      'disclose to the user, via an interstitial or just-in-time notice, that the data may be shared with partners;',
      ['Publishers must:'],
      [],
    ],
    [
      '(b) place on the Publisher Media the tags provided to it by Acme in order to enable the display of Advertising;',
      ['6.4 In addition, Publisher will:'],
      [],
    ],
    // A duty on third parties about the reader's data is a limit on recipients, not the reader's duty.
    [
      'not share your personal information with other companies.',
      ['Our service providers and advertisers must:'],
      ['data_sharing:restrict'],
    ],
    // A duty to hand the company a right is the company's right.
    [
      'User provides to Acme a non-exclusive license to use his/her Content in order to provide the Service.',
      ['By posting Content, User shall:'],
      ['content_licence:grant'],
    ],
    // Accepting the whole document lists no duty: the clauses after it are the terms, the service's own included.
    [
      'We use your interactions to develop and improve our products and machine learning technologies.',
      ['BY USING THE SERVICE, YOU AGREE TO BE BOUND BY, THE FOLLOWING TERMS AND CONDITIONS:'],
      ['ai_training:grant'],
    ],
    [
      'Your content may be used to train our machine learning models.',
      ['By using Acme you agree to the following Terms of Service:'],
      ['ai_training:grant'],
    ],
    // A lead-in that says who receives the data passes the sharing to the recipients it lists…
    ['Our payment processors.', ['The following recipients receive your personal data:'], ['data_sharing:grant']],
    // …not to the duties or the conditions it lists for them.
    ['keep it confidential;', ['Service providers that receive your personal data are contractually required to:'], []],
    ['you have given your consent;', ['Third parties may have access to your personal data only if:'], []],
    ['you have given your consent;', ['Third parties may only receive your personal data where:'], []],
    // A relative clause that names the recipients is no duty: "Companies that receive your personal data include:".
    ['Our payment processors.', ['Companies that receive your personal data include:'], ['data_sharing:grant']],
  ])('%s (lead-ins %j)', (text, leads, expected) => {
    expect(verdict(clause(text, { leads }))).toEqual(expected);
  });

  it('a subject-less item under a prohibition heading binds the user, also after a lead-in of its own', () => {
    const sectionPath = ['Prohibited Content Policy', 'Spam and scams'];
    const item = clause('Offering to buy or sell personal information, such as login credentials;', {
      leads: ['Promoting fraudulent schemes (fake charities, pyramid schemes and the like);'],
      sectionPath,
      section: 'Spam and scams',
    });
    expect(verdict(item)).toEqual([]);
  });

  it('an item that completes an "if you:" lead-in is read with it, though it has a subject of its own', () => {
    const stance = (c: Clause): string[] =>
      analyzeClauses([c])
        .findings.filter((f) => f.category === 'data_sharing')
        .map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`);
    const leads = ['Some examples include if you:'];
    expect(
      stance(
        clause('log in to a third-party platform using your account, we will share your basic information,', { leads }),
      ),
    ).toEqual(['conditional opt_in']);
    // The item alone is the company's sharing; the user's purchase is only the occasion (G7).
    expect(
      stance(clause('log in to a third-party platform using your account, we will share your basic information,')),
    ).toEqual(['grant']);
    expect(stance(clause('make a purchase, we share your details with our advertising partners.', { leads }))).toEqual([
      'grant',
    ]);
    // A lead-in that is no condition leaves an item with its own subject to itself.
    expect(
      stance(clause('log in to a third-party platform, we share your basic information,', { leads: ['For example:'] })),
    ).toEqual(['grant']);
  });

  it('the lead-in is what makes the item a grant', () => {
    expect(verdict(clause('Develop and improve AI.'))).toEqual([]);
    expect(verdict(clause('Develop and improve AI.', { leads: ['We use information to:'] }))).toEqual([
      'ai_training:grant',
    ]);
    // A label-like item under a lead-in that does not ask for a verb stays a label.
    expect(verdict(clause('AI training control.', { leads: ['We offer you several controls.'] }))).toEqual([]);
  });

  it('the title of the Do Not Sell control is a title also under a lead-in (the veto reads the unit’s own words)', () => {
    const item = clause('"Do not sell or share my personal information"', {
      leads: [
        'In the past twelve months, we have disclosed personal information to the service providers listed below.',
      ],
    });
    expect(verdict(item).filter((v) => v.startsWith('data_sale'))).toEqual([]);
  });

  it('evidence stays a substring of the item, never of its lead-in', () => {
    const c = clause('train and improve our machine learning models', { leads: ['We use your conversations to:'] });
    const [f] = analyzeClauses([c]).findings;
    expect(f).toBeDefined();
    for (const e of f!.evidence) expect(c.text).toContain(e);
  });

  it("an item after a lead-in saying what the user can do is the user's act, unless it is a choice", () => {
    expect(verdict(clause('create and share content;', { leads: ['You can use the Platform to:'] }))).toEqual([]);
    expect(verdict(clause('share your data with advertising partners;', { leads: ['We may:'] }))).toEqual([
      'data_sharing:grant',
    ]);
    expect(verdict(clause('opt out of the sale of your personal information;', { leads: ['You can:'] }))).toEqual([
      'data_sale:conditional',
    ]);
    // A list of choices, and an item whose sharing has its own verb, stay findings.
    expect(
      verdict(clause('share your profile data with our advertising partners;', { leads: ['You may choose to:'] })),
    ).not.toEqual([]);
    expect(
      verdict(
        clause('sync your contacts, which are then shared with our marketing partners;', {
          leads: ['You can use the App to:'],
        }),
      ),
    ).toContain('data_sharing:grant');
  });

  it('an item whose own subject follows its letter is read alone', () => {
    const lead = { leads: ['We may use your content to:'] };
    expect(
      verdict(clause('(ii) You must specify the license terms that apply to each product you sell.', lead)),
    ).toEqual(verdict(clause('(ii) You must specify the license terms that apply to each product you sell.')));
  });

  it("a unit whose subject is the user takes no right from its list's sharing lead-in", () => {
    const lead = { leads: ['We may share Personal Data with the following recipients:'] };
    expect(
      verdict(clause('You are responsible for the data you instruct us to share with these applications.', lead)),
    ).toEqual([]);
    // The user accepting the company's act still reads the lead-in.
    expect(
      verdict(clause('(4) you agree that Acme offers it to a third party', { leads: ['We may disclose your data:'] })),
    ).not.toEqual([]);
  });

  it('an item under a lead-in of kinds of recipients names one of them: a grant of data_sharing', () => {
    for (const lead of [
      'This includes the following types of service providers:',
      'Service providers include, but are not limited to:',
      'These vendors are categorized as follows:',
    ]) {
      expect(verdict(clause('Measurement partners, who help us with reports;', { leads: [lead] }))).toContain(
        'data_sharing:grant',
      );
      expect(verdict(clause('Hosting service providers,', { leads: [lead] }))).toContain('data_sharing:grant');
    }
    // Not an item that names no recipient, nor a lead-in that names none.
    expect(
      verdict(
        clause('Reports on the use of the app,', {
          leads: ['This includes the following types of service providers:'],
        }),
      ),
    ).toEqual([]);
    expect(verdict(clause('Hosting service providers,', { leads: ['Our offices include:'] }))).toEqual([]);
  });

  it('items of a lead-in that discloses the data it lists are kinds of data: they take no sharing from it', () => {
    const lead =
      'We may collect, use, and disclose for our business purposes the following categories of personal data:';
    expect(verdict(clause(lead))).toContain('data_sharing:grant');
    expect(verdict(clause('Commercial information, such as records of purchases;', { leads: [lead] }))).not.toContain(
      'data_sharing:grant',
    );
  });

  it('an item with its own subject is read alone', () => {
    const lead = { leads: ['We never do the following:'] };
    expect(verdict(clause('We may share your usage data with advertising partners.', lead))).toEqual(
      verdict(clause('We may share your usage data with advertising partners.')),
    );
  });

  // A Markdown page whose section titles were lost puts a prohibition sentence before the next numbered section.
  it('a whole sentence before a list sets no duty on its items; an item opening with the service’s name is its own', () => {
    const text = 'Acme may update these Terms in the future for various reasons.';
    const firstParty = ['acme'];
    const read = (c: Clause): string[] =>
      analyzeClauses([c], { firstParty }).findings.map((f) => `${f.category}:${f.stance}`);
    expect(read(clause(text))).toEqual(['terms_change:grant']);
    expect(
      read(clause(text, { leads: ['You agree not to use the Acme Marks without Acme’s prior written permission.'] })),
    ).toEqual(['terms_change:grant']);
    expect(read(clause(text, { leads: ['You agree not to use in any manner the Acme Marks'] }))).toEqual([
      'terms_change:grant',
    ]);
    // A lead-in that leaves its list to the items stays a duty without its colon.
    expect(
      read(
        clause('sell, rent or share any data obtained from the Services with third parties;', {
          leads: ['You may not do any of the following without our prior written consent'],
        }),
      ),
    ).toEqual([]);
    // The same item under a lead-in that ends in a colon stays the user's duty …
    expect(
      read(clause(text, { leads: ['You agree not to do the following without Acme’s prior written permission:'] })),
    ).toEqual([]);
    // … and a fragment that only starts with the name is still read with its lead-in.
    expect(read(clause('Acme affiliates;', { leads: ['We share your personal data with:'] }))).toContain(
      'data_sharing:grant',
    );
  });
});

describe('a heading names the data a sentence leaves out', () => {
  it('AI training under "How we use personal information"', () => {
    const text = 'We may train and improve our technology, such as our machine learning models.';
    expect(verdict(clause(text))).toEqual([]);
    const under = clause(text, {
      sectionPath: ['How we use personal information'],
      section: 'How we use personal information',
    });
    expect(verdict(under)).toEqual(['ai_training:grant']);
  });

  it('a subsection of a section about AI is about AI', () => {
    const text = 'We may use your prompts and responses for service improvement.';
    const path = ['Machine Learning and Artificial Intelligence Services', 'Acme Assistant'];
    expect(verdict(clause(text, { sectionPath: path.slice(1), section: path[1]! }))).toEqual([]);
    expect(verdict(clause(text, { sectionPath: path, section: path[1]! }))).toEqual(['ai_training:grant']);
  });

  it("a document's title with AI in it does not make its sections about AI", () => {
    const path = ['Acme', 'Acme AI Terms of Service', '7. Feedback'];
    const text = 'We may use your feedback to improve the Services.';
    expect(verdict(clause(text, { sectionPath: path, section: path[2]! }))).toEqual([]);
  });
});

describe('an item takes the sharing its lead-in states', () => {
  it.each([
    [
      'Database hosting.',
      'We may share your personal information with service providers that help us with:',
      ['data_sharing:grant'],
    ],
    [
      'With our resellers;',
      'We may also share your information in the following circumstances:',
      ['data_sharing:grant'],
    ],
    // A denial whose exceptions are the items: each item is a case where it happens (GUIDE G5).
    [
      'To comply with a court order.',
      'We will not disclose your data to anyone, except in the following cases:',
      ['data_sharing:grant'],
    ],
    // An item that is the list's consent case shares only once the user consents (G1).
    [
      'When you have given us your consent.',
      'We may share your information with outside companies:',
      ['data_sharing:conditional'],
    ],
    // A purpose list shares nothing, whatever its items say.
    ['Database hosting.', 'We use your personal information for:', []],
    // An item that a veto of the category drops by its own words explains the sharing (GUIDE D8), names no recipient.
    ['Where permitted, we notify affected users before disclosure.', 'We may disclose your data as follows:', []],
    // An item that names a recipient takes the lead-in's sharing, whatever the rest says of it.
    [
      'to advertisers, who must clearly disclose how they use it;',
      'We may disclose your personal information to third parties:',
      ['data_sharing:grant'],
    ],
    [
      'to partners that must disclose whether they resell data.',
      'We may disclose your personal information to third parties:',
      ['data_sharing:grant'],
    ],
    // An item that opens with a purpose says why the lead-in's sharing happens, whatever a veto reads in it.
    [
      'to prevent fraud and unauthorized access to our systems;',
      'We may disclose your personal information to third parties:',
      ['data_sharing:grant'],
    ],
    // An item that warns of what the user's own sharing makes public is no case of the lead-in's sharing.
    [
      'Please be aware that any information you share in a public forum may become publicly accessible.',
      'We may share your information in the following circumstances:',
      [],
    ],
  ])('%s (lead-in %j)', (text, lead, expected) => {
    const c = clause(text, { leads: [lead] });
    expect(verdict(c).filter((v) => v.startsWith('data_sharing'))).toEqual(expected);
    for (const f of analyzeClauses([c]).findings) for (const e of f.evidence) expect(text).toContain(e);
  });
});

describe('table cells read with their row label and column header', () => {
  it('a cell that names the act gets the data from its row', () => {
    const alone = clause('Sold to advertising partners');
    const cell = clause('Sold to advertising partners', {
      rowLabel: 'Contact information, such as your name and email address',
      columnHeader: 'What happens to it',
    });
    expect(verdict(alone)).not.toContain('data_sale:grant');
    expect(verdict(cell)).toContain('data_sale:grant');
    for (const f of analyzeClauses([cell]).findings) for (const e of f.evidence) expect(cell.text).toContain(e);
  });

  it('a column header that describes the table does not make its cells the policy describing itself (GUIDE G3)', () => {
    const cell = clause('Disclosed to our analytics providers', {
      rowLabel: 'Device identifiers',
      columnHeader: 'Categories of recipients to whom personal information is disclosed',
    });
    expect(verdict(cell)).toContain('data_sharing:grant');
    // The header alone is still a description of the table, not a disclosure.
    expect(verdict(clause('Categories of recipients to whom personal information is disclosed'))).toEqual([]);
    // A header saying what the policy leaves out still covers its cells.
    const outOfScope = clause('Advertisers may receive information from you when you visit their websites.', {
      columnHeader: 'What this Privacy Policy does not cover',
    });
    expect(verdict(outOfScope).filter((v) => v.startsWith('data_sharing'))).toEqual([]);
  });

  it.each(['Third-party marketing providers', '*   Affiliates *   Third-party service providers', 'Affiliates'])(
    'a cell naming a recipient under a recipients column is a disclosure to it: %j',
    (text) => {
      const row = { rowLabel: 'Identifiers, such as name, address and email address.', section: 'California' };
      expect(verdict(clause(text, { ...row, columnHeader: 'Recipients of “Sales” or “Sharing”' }))).toContain(
        'data_sharing:grant',
      );
      // The same cell under a column that names no recipient, or with no column header, discloses nothing.
      expect(verdict(clause(text, { ...row, columnHeader: 'Examples' }))).not.toContain('data_sharing:grant');
      expect(verdict(clause(text, row))).not.toContain('data_sharing:grant');
    },
  );

  it('a recipients header that names the data it is about as collected is still a recipients column', () => {
    const section = 'Categories of third parties to whom personal information is sold or shared';
    const c = clause('Service providers', {
      rowLabel: 'Identifiers',
      columnHeader: 'Categories of third parties to whom we disclose the personal information we collect',
      sectionPath: [section],
      section,
    });
    expect(verdict(c)).toContain('data_sharing:grant');
  });

  it.each([
    ['Categories of third parties from whom we collect personal information', 'Advertising networks'],
    ['Categories of third parties from which we receive data', 'Data brokers and advertising networks'],
    ['Third-party sources', 'Data brokers'],
    ['First or third party', 'Third party'],
    ['Third-party provider', 'Advertisers'],
  ])('a cell under a column of sources or kinds (%j) names no recipient: %j', (columnHeader, text) => {
    const c = clause(text, { rowLabel: 'Identifiers', columnHeader, section: 'Cookies we use' });
    expect(verdict(c)).not.toContain('data_sharing:grant');
  });

  // Data that comes in is no sharing (GUIDE D10), and a data row naming cookie IDs makes no cookie list (D14).
  it.each([
    [['Information we collect'], 'Cookie identifiers', 'Source', 'Third parties'],
    [['Information we collect'], 'Cookie identifiers', 'Collected from', 'Third parties'],
    [['Personal information we collect'], 'Online identifiers, such as cookie IDs', 'Sources', 'Third party'],
    [
      ['Categories of Personal Information We Collect, Disclose, Sell or Share'],
      'Identifiers',
      'Sources of collection',
      'Third parties, such as data brokers and advertising networks',
    ],
    [
      ['Personal Information We Collected, Sold or Shared in the Past 12 Months'],
      'Identifiers',
      'Categories of sources',
      'Advertising networks',
    ],
    [['Information we collect'], 'Cookie identifiers', 'Type', 'Third party'],
  ])('a cell under %j › %j › %j names no recipient: %j', (sectionPath, rowLabel, columnHeader, text) => {
    const c = clause(text, { rowLabel, columnHeader, sectionPath, section: sectionPath.at(-1)! });
    expect(verdict(c).filter((v) => v.startsWith('data_sharing'))).toEqual([]);
  });

  it('a party cell of a cookie list is a third party collecting, with or without a header (GUIDE D14)', () => {
    const party = { rowLabel: '_ga', columnHeader: 'First Party/Third Party', sectionPath: ['Trackers we use'] };
    expect(verdict(clause('Third Party', { ...party, section: 'Trackers we use' }))).toContain('data_sharing:grant');
    expect(verdict(clause('First Party', { ...party, section: 'Trackers we use' }))).toEqual([]);
    // The header lost in extraction: the row label says it is a cookie list.
    expect(verdict(clause('Third Party', { rowLabel: 'Strictly necessary cookie', section: '' }))).toContain(
      'data_sharing:grant',
    );
    // The singular "tracker" names a cookie list too.
    const tracker = { rowLabel: '_fbp', columnHeader: 'First or third-party tracker', sectionPath: ['Advertising'] };
    expect(verdict(clause('Third party', { ...tracker, section: 'Advertising' }))).toContain('data_sharing:grant');
    // A row label ending in a tracker says so under any header; "Cookie identifiers" › "Type" stays none (above).
    const advertising = { rowLabel: 'Advertising cookie', columnHeader: 'Type', sectionPath: ['Technologies we use'] };
    expect(verdict(clause('Third party', { ...advertising, section: 'Technologies we use' }))).toContain(
      'data_sharing:grant',
    );
  });
});

describe('roles', () => {
  it('a heading takes no right', () => {
    expect(verdict(clause('Sale Of Your Personal Data To Partners', { role: 'heading' }))).toEqual([]);
  });

  it.each(['pointer', 'explanation', 'definition'] as const)('a %s is a mention, and the grade ignores it', (role) => {
    const text = 'We may use your content to train our artificial intelligence models.';
    const res = analyzeClauses([clause(text, { role })]);
    expect(res.findings.map((f) => f.role)).toEqual([role]);
    expect(res.summary.counts.ai_training).toBe(0);
    expect(res.summary.score).toBe(100);
    expect(analyzeClauses([clause(text)]).summary.score).toBeLessThan(100);
  });
});

// GUIDE D9: a recipient named alone and closed by a full stop is a run-in title under a sharing heading, and an item
// under a heading or lead-in that says who receives. As a paragraph of its own it is a title under either.
describe('recipients named alone under a sharing heading', () => {
  const under = (text: string, heading: string, leads: string[] = [], paragraph = false): string[] =>
    verdict(clause(text, { section: heading, sectionPath: [heading], leads, ...(paragraph ? { paragraph } : {}) }));
  it.each([
    ['Service providers.', 'Information Sharing and Disclosure', [], []],
    ['Trusted service providers.', 'When We Disclose Information', [], []],
    ['Our Service Providers:', 'Our Service Providers', [], []],
    // The same words said as a sharing, or as a list item with no full stop, stay grants.
    [
      'We share personal information with service providers.',
      'Information Sharing and Disclosure',
      [],
      ['data_sharing:grant'],
    ],
    ['Service providers', 'Information Sharing and Disclosure', [], ['data_sharing:grant']],
    ['Service providers.', 'Who do we share your information with?', [], ['data_sharing:grant']],
    [
      'Affiliates.',
      'Categories of third parties to which we may disclose personal information',
      [],
      ['data_sharing:grant'],
    ],
    [
      'Advertising partners.',
      'Information Sharing and Disclosure',
      ['We may share your information with the following:'],
      ['data_sharing:grant'],
    ],
  ])('%s under %j (lead-ins %j)', (text, heading, leads, expected) => {
    expect(under(text, heading, leads)).toEqual(expected);
  });
  it.each([
    ['Service providers', 'Information Sharing and Disclosure'],
    ['Service providers.', 'Who do we share your information with?'],
    ['Payment processors, to complete your purchases.', 'Who we share your information with'],
    ['Third parties provide some of the content and information.', 'Third-party content'],
  ])('%s under %j as a paragraph of its own is no sharing', (text, heading) => {
    expect(under(text, heading, [], true)).toEqual([]);
  });
});
