// The cell probe's rewrites keep what a cell says: a recipients header is said another way only where the column
// names recipients (never a column of sources or of data), the table is turned round only where the row has a label,
// and "Yes" is written only in the row of a recipients column. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { CELL_REWRITES, columnKind } from '../../../scripts/eval/cell-rewrites';

describe('columnKind', () => {
  it.each([
    ['Categories of third parties to whom we disclose', 'recipients'],
    ['Recipients of “Sales” or “Sharing”', 'recipients'],
    ['Shared with', 'recipients'],
    ['Third Parties', 'recipients'],
    ['Business purpose for disclosure', 'purpose'],
    ['Category of Third Parties Information is Disclosed to for a Business Purpose', 'recipients'],
    ['Purposes of processing', 'other'],
    ['Categories of third parties from whom we collect', 'other'],
    ['Categories of sources', 'other'],
    // As the analyser reads them: a cookie table's party column, data coming in.
    ['First party or third party', 'other'],
    ['Information we receive from third parties', 'other'],
    ['Shared with us by partners', 'other'],
    ['Shared with other users', 'other'],
    ['Category of personal information', 'other'],
  ])('%s → %s', (header, kind) => {
    expect(columnKind(header)).toBe(kind);
  });
});

describe('CELL_REWRITES', () => {
  const cell = { text: 'Advertising networks', columnHeader: 'Disclosed to', rowLabel: 'Identifiers' };
  it('says a recipients header another way', () => {
    expect(CELL_REWRITES['header:Recipients']!(cell)).toEqual({ ...cell, columnHeader: 'Recipients' });
    expect(CELL_REWRITES['header:Disclosed to']!(cell)).toBeUndefined();
  });
  it.each([
    'Sources of personal information',
    'Categories of sources',
    'Collected from',
    'Information we receive from third parties',
    'Shared with us by partners',
    'First party or third party',
  ])('leaves a column of sources or data as it is: %s', (columnHeader) => {
    const source = { ...cell, columnHeader };
    expect(CELL_REWRITES['header:Recipients']!(source)).toBeUndefined();
    expect(CELL_REWRITES['only:Service providers']!(source)).toBeUndefined();
    expect(CELL_REWRITES['yes:Sold or shared']!(source)).toBeUndefined();
  });
  it('leaves a column of data as it is', () => {
    expect(CELL_REWRITES['yes:Sold or shared']!({ ...cell, columnHeader: 'Examples' })).toBeUndefined();
  });
  it('turns the table round, or loses the row label', () => {
    expect(CELL_REWRITES.swap!(cell)).toEqual({ ...cell, columnHeader: 'Identifiers', rowLabel: 'Disclosed to' });
    expect(CELL_REWRITES.headerAsRow!(cell)).toEqual({ text: cell.text, rowLabel: 'Disclosed to' });
    expect(CELL_REWRITES.noRow!(cell)).toEqual({ text: cell.text, columnHeader: 'Disclosed to' });
    expect(CELL_REWRITES.swap!({ ...cell, rowLabel: 'Yes' })).toBeUndefined();
  });
  it('writes "Yes" in the row of the data, or only a recipient', () => {
    expect(CELL_REWRITES['yes:Shared with third parties?']!(cell)).toEqual({
      text: 'Yes',
      columnHeader: 'Shared with third parties?',
      rowLabel: 'Identifiers',
    });
    expect(CELL_REWRITES['only:Service providers']!(cell)).toEqual({ ...cell, text: 'Service providers' });
    expect(CELL_REWRITES['yes:Sold or shared']!({ text: 'Acme', columnHeader: 'Shared with' })).toBeUndefined();
  });
});
