// The cell probe's rewrites of a table cell's context (scripts/eval/perturb-cells.ts), each keeping what the cell
// says: its column header said another way, the header moved into the row label (a table written the other way
// round), the row label lost, and cells that are only a recipient or only "Yes" under a header that says the data
// goes to others. Apart from the probe so that a unit test can hold each to a cell it must and must not change
// (test/unit/gold/cell-rewrites.test.ts).

import { namesSources, recipientsHeader } from '../../src/core/analyze/table-cell';
import type { Clause } from '../../src/core/types';

/** A cell as the analyser reads it: its text, with its column's header and its row's first cell. */
export interface Cell {
  text: string;
  columnHeader?: string;
  rowLabel?: string;
}

/**
 * What a column says of its cells, as the analyser reads a header (src/core/analyze/table-cell.ts). recipients: who
 * receives ("Categories of recipients", "Shared with", "Third parties to whom we disclose"); purpose: why the data is
 * shared ("Business purpose for disclosure"); other: neither (a category of data, a source, a retention period, data
 * coming in: "Shared with us by partners").
 */
export function columnKind(header: string | undefined): 'recipients' | 'purpose' | 'other' {
  if (header === undefined) return 'other';
  const clause: Clause = {
    id: 'h',
    block: 0,
    start: 0,
    end: 0,
    text: '',
    section: '',
    sectionPath: [],
    columnHeader: header,
  };
  if (recipientsHeader(clause) === header) return 'recipients';
  if (namesSources(header)) return 'other';
  const shares = /\b(?:shar(?:e|ed|ing)|disclos(?:e|ed|ure|ures|ing)|transfer(?:s|red)?|sold|sells?|sale)\b/i;
  return /\bpurposes?\b/i.test(header) && shares.test(header) ? 'purpose' : 'other';
}

/** Headers that say the same as a recipients column: who the data goes to. */
export const RECIPIENT_HEADERS = [
  'Categories of recipients',
  'Who we share it with',
  'Third parties',
  'Disclosed to',
  'Shared with',
  'Recipients',
  'Categories of third parties to whom we disclose',
  // Phrasings the analyser's header reading was not written from.
  'Who receives it',
  'Parties we disclose it to',
  'Sent to',
  // More wordings the header reading was not written from: a participle alone ("Given to"), the receiver's noun with
  // what it receives ("Recipients of this data"), who has access ("Who can access it"), an act's noun with a modifier
  // ("Onward transfer to"), a question with the participle last ("Who is it shared with?").
  'Given to',
  'Recipients of this data',
  'Who can access it',
  'Onward transfer to',
  'Who is it shared with?',
] as const;
/** Headers that say the same as a purpose-of-sharing column. */
export const PURPOSE_HEADERS = ['Purpose of sharing', 'Why we share it', 'Business purpose for disclosure'] as const;
/** Headers whose "Yes" cell says the row's data goes to others (data_sharing grant, GUIDE G3). */
export const YES_HEADERS = [
  'Shared with third parties?',
  'Sold or shared',
  'Disclosed for a business purpose',
  // Phrasings the analyser's header reading was not written from (a model table of US financial notices, a slash, a
  // noun, an answer key, a question with "do").
  'Does Acme share?',
  'Sold/Shared',
  'Disclosure for a business purpose',
  'Sale or sharing',
  'Shared with third parties? (Yes/No)',
  'Do we share this information with third parties?',
  'Third-party sharing',
] as const;
/** Cells that only name a recipient. */
export const RECIPIENT_CELLS = ['Service providers', 'Advertising partners'] as const;

export type CellRewrite = (cell: Cell) => Cell | undefined;

const withHeader =
  (kind: 'recipients' | 'purpose', header: string): CellRewrite =>
  (c) =>
    columnKind(c.columnHeader) === kind && c.columnHeader !== header ? { ...c, columnHeader: header } : undefined;

/** A row label that names a kind of data or a recipient, not a sentence or a "Yes". */
const labelLike = (s: string | undefined): s is string =>
  s !== undefined && s.trim().length > 0 && s.length <= 120 && !/^\W*(?:yes|no)\W*$/i.test(s);

export const CELL_REWRITES: Record<string, CellRewrite> = {
  ...Object.fromEntries(RECIPIENT_HEADERS.map((h) => [`header:${h}`, withHeader('recipients', h)])),
  ...Object.fromEntries(PURPOSE_HEADERS.map((h) => [`header:${h}`, withHeader('purpose', h)])),
  // The table written the other way round: the header of the column is the label of the row, and the row's label
  // heads the column.
  swap: (c) =>
    c.columnHeader !== undefined && labelLike(c.rowLabel)
      ? { text: c.text, columnHeader: c.rowLabel, rowLabel: c.columnHeader }
      : undefined,
  // A two-column table whose first column says what the second is ("Shared with | Service providers").
  headerAsRow: (c) =>
    c.columnHeader !== undefined && columnKind(c.columnHeader) !== 'other'
      ? { text: c.text, rowLabel: c.columnHeader }
      : undefined,
  // The row label lost when the table was flattened.
  noRow: (c) =>
    c.columnHeader !== undefined && c.rowLabel !== undefined
      ? { text: c.text, columnHeader: c.columnHeader }
      : undefined,
  // A cell that is only a recipient, under its recipients column.
  ...Object.fromEntries(
    RECIPIENT_CELLS.map((r) => [
      `only:${r}`,
      (c: Cell) => (columnKind(c.columnHeader) === 'recipients' && c.text !== r ? { ...c, text: r } : undefined),
    ]),
  ),
  // "Yes" in the row of the data, under a header that says the data goes to others.
  ...Object.fromEntries(
    YES_HEADERS.map((h) => [
      `yes:${h}`,
      (c: Cell) =>
        columnKind(c.columnHeader) === 'recipients' && labelLike(c.rowLabel)
          ? { text: 'Yes', columnHeader: h, rowLabel: c.rowLabel }
          : undefined,
    ]),
  ),
};
