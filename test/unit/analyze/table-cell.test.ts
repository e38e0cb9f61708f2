// A table cell read with what its header or row label says of it (table-cell.ts, GUIDE G3): a recipient named in a
// table turned round (the recipients header as the row's label), a plain "Third parties" column, and a "Yes" under a
// header that asks whether the row's data is shared, disclosed or sold. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { recipientsHeader, yesCellSentence } from '../../../src/core/analyze/table-cell';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
const cell = (text: string, columnHeader?: string, rowLabel?: string): Clause =>
  clauseOf(text, {
    id: `c${n++}`,
    ...(columnHeader !== undefined ? { columnHeader } : {}),
    ...(rowLabel !== undefined ? { rowLabel } : {}),
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
    // Not one: a column or row of sources, a cookie table's party column, a row that is a sentence.
    ['Acme Analytics', 'Third-party sources', 'Identifiers', undefined],
    ['Acme Analytics', 'Categories of sources', 'Third parties', undefined],
    ['Service providers', 'Recipients', 'Inferences drawn from other personal information', 'Recipients'],
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
  ])('%j under %j in the row %j → %j', (text, header, row, expected) => {
    expect(yesCellSentence(cell(text, header, row))).toBe(expected);
  });
});

describe('cells read with their header or row label', () => {
  it.each([
    ['Advertising partners', 'Identifiers', 'Categories of recipients', ['data_sharing:grant']],
    ['Service providers', 'Third parties', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Shared with third parties?', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Disclosed for a business purpose', 'Identifiers', ['data_sharing:grant']],
    ['Yes', 'Sold or shared', 'Identifiers', ['data_sale:grant', 'data_sharing:grant']],
    ['Yes', 'Sold', 'Identifiers', ['data_sale:grant']],
    // Near-misses: nothing goes to others.
    ['No', 'Shared with third parties?', 'Identifiers', []],
    ['Yes', 'Collected', 'Identifiers', []],
    ['Advertising partners', 'Categories of sources', 'Identifiers', []],
    ['Name, email address', 'Third parties', 'Categories of sources', []],
    ['Contact information', 'Categories of personal information', 'Examples', []],
  ])('%j under %j in the row %j', (text, header, row, expected) => {
    const c = cell(text, header, row);
    expect(verdict(c)).toEqual(expected);
    // The evidence stays inside the cell.
    for (const f of analyzeClauses([c]).findings) for (const e of f.evidence) expect(c.text).toContain(e);
  });
});
