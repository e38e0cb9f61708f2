// A table cell read with what its header or row label says of it (table-cell.ts, GUIDE G3): a recipient named in a
// table turned round (the recipients header as the row's label), a plain "Third parties" column, and a "Yes" under a
// header that asks whether the row's data is shared, disclosed or sold. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { cellHeaders, recipientsHeader, yesCellSentence } from '../../../src/core/analyze/table-cell';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
const cell = (text: string, columnHeader?: string, rowLabel?: string, section?: string): Clause =>
  clauseOf(text, {
    id: `c${n++}`,
    ...(columnHeader !== undefined ? { columnHeader } : {}),
    ...(rowLabel !== undefined ? { rowLabel } : {}),
    ...(section !== undefined ? { section, sectionPath: [section] } : {}),
  });
const verdict = (c: Clause): string[] =>
  analyzeClauses([c])
    .findings.filter((f) => !f.role)
    .map((f) => `${f.category}:${f.stance}`)
    .sort();

describe('recipientsHeader', () => {
  it.each([
    ['Service providers', 'Categories of recipients', 'Identifiers', 'Categories of recipients'],
    ['Service providers', 'Third parties', 'Identifiers', 'Third parties'],
    ['Service providers', 'Identifiers', 'Categories of recipients', 'Categories of recipients'],
    ['Service providers', undefined, 'Who we disclose it to', 'Who we disclose it to'],
    ['Service providers', 'Parties we disclose it to', 'Identifiers', 'Parties we disclose it to'],
    ['Service providers', 'Information we provide to you', 'Identifiers', undefined],
    // Other words for a recipients column: a participle or an act's noun before "to", who has access, a question.
    ['Service providers', 'Sent to', 'Identifiers', 'Sent to'],
    ['Service providers', 'Onward transfer to', 'Identifiers', 'Onward transfer to'],
    ['Service providers', 'Who can access it', 'Identifiers', 'Who can access it'],
    ['Service providers', 'Who is it shared with?', 'Identifiers', 'Who is it shared with?'],
    // … not to the service, the reader or other users.
    ['Service providers', 'Sent to us by', 'Identifiers', undefined],
    ['Service providers', 'Transfer to other users', 'Identifiers', undefined],
    ['Service providers', 'Emails sent to you', 'Identifiers', undefined],
    // Not one: a column or row of sources, a cookie table's party column, a row that is a sentence.
    ['Acme Analytics', 'Third-party sources', 'Identifiers', undefined],
    ['Acme Analytics', 'Categories of sources', 'Third parties', undefined],
    // "Drawn from" names data, not a source: the turned-round table's recipients row is read.
    [
      'Service providers',
      'Inferences drawn from other personal information',
      'Categories of recipients',
      'Categories of recipients',
    ],
    // Data coming in, in the row's label or the column's header (GUIDE D10).
    ['Advertising partners and data brokers', 'Examples', 'Information shared with us by third parties', undefined],
    ['Affiliates', undefined, 'Information disclosed to us by other companies', undefined],
    ['Affiliates', 'Information disclosed to us by other companies', 'Identifiers', undefined],
    ['Affiliates', 'Shared with us by partners', 'Identifiers', undefined],
    // A profile shown to other users (GUIDE D10).
    ['Profile photo', 'Shared with other users', 'Identifiers', undefined],
    ['Third party', 'First party or third party', '_ga', undefined],
    ['Identifiers', 'Categories of personal information', undefined, undefined],
    [
      'Advertising networks',
      'Examples',
      'We collect identifiers. We share them with the third parties to whom we owe duties',
      undefined,
    ],
  ])('%j under %j in the row %j → %j', (text, header, row, expected) => {
    expect(recipientsHeader(cell(text, header, row))).toBe(expected);
  });
  it('reads a bare "Third parties" column as sources in a section about sources', () => {
    for (const section of ['Sources of personal information', 'Categories of sources']) {
      const c = cell('Advertising networks, data brokers', 'Third parties', 'Identifiers', section);
      expect(cellHeaders(c)).toEqual({ sources: true });
    }
    expect(recipientsHeader(cell('Advertising networks', 'Third parties', 'Identifiers', 'How we share'))).toBe(
      'Third parties',
    );
  });
});

describe('yesCellSentence', () => {
  it.each([
    ['Yes', 'Sold or shared', 'Identifiers', 'This personal information is sold or shared.'],
    ['Yes.', 'Shared with third parties?', 'Identifiers', 'This personal information is shared with third parties.'],
    [
      'YES*',
      'Is it disclosed for a business purpose?',
      'Identifiers',
      'This personal information is disclosed for a business purpose.',
    ],
    [
      'Yes',
      'Identifiers',
      'Disclosed to service providers',
      'This personal information is disclosed to service providers.',
    ],
    // Not one: "No", a cell with more to say, a header that asks about collection or names no act.
    ['No', 'Sold or shared', 'Identifiers', undefined],
    ['Yes, with your consent', 'Shared with third parties?', 'Identifiers', undefined],
    ['Yes', 'Collected in the last 12 months?', 'Identifiers', undefined],
    ['Yes', 'Third parties', 'Identifiers', undefined],
    // Headers said other ways: "/" as "or", a noun for the act, a question with "do", an answer key.
    ['Yes', 'Sold/Shared', 'Identifiers', 'This personal information is sold or shared.'],
    ['Yes', 'Sale or sharing', 'Identifiers', 'This personal information is sold or shared.'],
    [
      'Yes',
      'Disclosure for a business purpose',
      'Identifiers',
      'This personal information is disclosed for a business purpose.',
    ],
    ['Yes', 'Do we sell it?', 'Identifiers', 'We sell this personal information.'],
    [
      'Yes',
      'Do we share this information with third parties?',
      'Identifiers',
      'We share this personal information with third parties.',
    ],
    ['Yes', 'Third-party sharing', 'Identifiers', 'This personal information is shared with third parties.'],
    ['Yes', 'Do we share it with other users?', 'Identifiers', undefined],
    [
      'Yes',
      'Shared with third parties? (Yes/No)',
      'Identifiers',
      'This personal information is shared with third parties.',
    ],
    // A CCPA category named without a data noun.
    [
      'Yes',
      'Sold or shared',
      'Internet or other electronic network activity',
      'This personal information is sold or shared.',
    ],
    ['Yes', 'Shared', 'Activity feed', undefined],
    // A CCPA category only as the label's last words: a feature named after one is no data.
    ['Yes', 'Shared', 'Browsing history sync', undefined],
    ['Yes', 'Shared', 'Network activity monitor', undefined],
    ['Yes', 'Shared', 'Browsing history', 'This personal information is shared.'],
    // A feature or pricing table: the participle is an adjective, or nothing says the rows are personal data.
    ['Yes', 'Team', 'Shared workspaces', undefined],
    ['Yes', 'Shared storage', undefined, undefined],
    ['Yes', 'Free', 'Sold separately', undefined],
    ['Yes', 'Eligible for return', 'Sold by Acme', undefined],
    ['Yes', 'Sold/Shared', 'Team', undefined],
    ['Yes', 'Does Acme share?', 'Team plan', undefined],
    // A profile shown to other users (GUIDE D10).
    ['Yes', 'Shared with other users', 'Profile photo', undefined],
  ])('%j under %j in the row %j → %j', (text, header, row, expected) => {
    expect(yesCellSentence(cell(text, header, row))).toBe(expected);
  });
});

describe('cells read with their header or row label', () => {
  it.each([
    ['Advertising partners', 'Identifiers', 'Categories of recipients', ['data_sharing:grant']],
    ['Service providers', 'Third parties', 'Identifiers', ['data_sharing:grant']],
    // A recipients header in other words: the cell is read as an item under it, as under a heading.
    ['Company affiliates,', 'Sent to', 'Identifiers', ['data_sharing:grant']],
    ['Company affiliates,', 'Given to', 'Identifiers', ['data_sharing:grant']],
    ['Company affiliates,', 'Onward transfer to', 'Identifiers', ['data_sharing:grant']],
    ['Company affiliates,', 'Who can access it', 'Identifiers', ['data_sharing:grant']],
    ['Company affiliates,', 'Sent to us by', 'Identifiers', []],
    ['Yes', 'Shared with third parties?', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Disclosed for a business purpose', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Sold or shared', 'Identifiers', ['data_sale:grant', 'data_sharing:grant']],
    ['Yes', 'Sold', 'Identifiers', ['data_sale:grant']],
    // Near-misses: nothing goes to others.
    ['No', 'Shared with third parties?', 'Identifiers', []],
    ['Yes', 'Collected', 'Identifiers', []],
    ['Advertising partners', 'Categories of sources', 'Identifiers', []],
    ['Name, email address', 'Third parties', 'Categories of sources', []],
    // A recipient named in a row of sources, under a bare "Third parties" column.
    ['Advertising networks', 'Third parties', 'Categories of sources', []],
    ['Advertising networks', 'Third parties', 'Information we receive from partners', []],
    ['Contact information', 'Categories of personal information', 'Examples', []],
    // A recipient named under a "Yes/No" column stays unread; a recipient in a row of data coming in is a source.
    ['Advertising networks', 'Collected', 'Identifiers', []],
    ['Advertising partners and data brokers', 'Examples', 'Information shared with us by third parties', []],
    ['Affiliates', undefined, 'Information disclosed to us by other companies', []],
    ['Advertising partners', 'Information shared with us by third parties', 'Identifiers', []],
    // Feature and pricing tables.
    ['Yes', 'Team', 'Shared workspaces', []],
    ['Yes', 'Shared storage', undefined, []],
    ['Yes', 'Free', 'Sold separately', []],
    ['Yes', 'Eligible for return', 'Sold by Acme', []],
    ['Yes', 'Shared with other users', 'Profile photo', []],
    // Headers said other ways.
    ['Yes', 'Sold/Shared', 'Identifiers', ['data_sale:grant', 'data_sharing:grant']],
    ['Yes', 'Sale or sharing', 'Identifiers', ['data_sale:grant', 'data_sharing:grant']],
    ['Yes', 'Disclosure for a business purpose', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Do we sell it?', 'Identifiers', ['data_sale:grant']],
    ['Yes', 'Shared with third parties? (Yes/No)', 'Identifiers', ['data_sharing:grant']],
  ])('%j under %j in the row %j', (text, header, row, expected) => {
    const c = cell(text, header, row);
    expect(verdict(c)).toEqual(expected);
    // The evidence stays inside the cell.
    for (const f of analyzeClauses([c]).findings) for (const e of f.evidence) expect(c.text).toContain(e);
  });
});

describe('cells read with their section', () => {
  it.each([
    // A sources table with a "Third parties" column (GUIDE D10).
    [
      'Advertising networks, data brokers',
      'Third parties',
      'Identifiers',
      'Sources of personal information',
      [] as string[],
    ],
    ['Advertising networks, data brokers', 'Third parties', 'Identifiers', 'Categories of sources', []],
    // A section that names sources and recipients says nothing of the column.
    [
      'Advertising networks, data brokers',
      'Third parties',
      'Identifiers',
      'Categories, sources and the third parties to whom personal information is disclosed',
      ['data_sharing:grant'],
    ],
    [
      'Advertising networks, data brokers',
      'Third parties',
      'Identifiers',
      'How we share information',
      ['data_sharing:grant'],
    ],
    // The standard model table of US financial privacy notices.
    [
      'Yes',
      'Does Acme share?',
      'For our marketing purposes',
      'What does Acme do with your personal information?',
      ['data_sharing:grant'],
    ],
    ['Yes', 'Does Acme share?', 'Team plan', 'Pricing', []],
  ])('%j under %j in the row %j, section %j', (text, header, row, section, expected) => {
    expect(verdict(cell(text, header, row, section))).toEqual(expected);
  });
});
