// What a table cell's column header or row label says of the cell, for the data_sharing readings of a cell (GUIDE G3:
// a data cell carries the label, read with its column header and row label). A table may be written either way round:
// the header that says who receives can head the cell's column ("Categories of recipients" over "Service providers")
// or label its row ("Categories of recipients | Service providers | Advertising networks"), and a "Yes" means what its
// header or its row label asks ("Shared with third parties? | Yes").
import { trimEndChars, trimStartChars } from '../normalize/trim-chars';
import type { Clause } from '../types';

/**
 * A header that names who receives ("Recipients of “Sales” or “Sharing”", "Categories of third parties to whom we
 * disclose", "… with whom PI may be sold or shared", "Shared with", "Who we share it with", "Third parties"); not one naming where data comes
 * from ("Categories of third parties from whom we collect", "Third-party sources") or a cookie table's "First or third
 * party" (a party column is read by the cookie-list reading, GUIDE D14).
 */
export const RECIPIENTS_COLUMN = {
  test: (header: string): boolean =>
    /\brecipients?\b|\bto\s+wh(?:om|ich)\b|\bwith\s+whom\b|\b(?:shared|disclosed|sold|transferred|provided|made\s+available)\s+(?:with|to)\b/i.test(
      header,
    ) ||
    /\bwho\s+(?:we\s+(?:share|disclose|sell|transfer|provide)|receives?)\b/i.test(header) ||
    /^\W*(?:categories\s+of\s+)?third[\s-]+parties\W*$/i.test(header),
};
export const SOURCES_COLUMN = /\bfrom\b|\bsources?\b|\b(?:collect|receive|obtain)\w*/i;

/**
 * The longest row label read as a heading of its row: a label, not a sentence ("Categories of third parties with whom
 * PI may be sold or shared during the preceding 12-month period" is 99 characters).
 */
const MAX_ROW_HEADING = 120;

/**
 * The header that says the cell names who receives the data: its column's header, or, in a table written the other
 * way round, its row's label ("Categories of recipients" as the first cell of the row). None under a column of
 * sources. A row label is not checked for sources: "Inferences drawn from …" names data, not where it comes from.
 */
export function recipientsHeader(clause: Clause): string | undefined {
  const { columnHeader: header, rowLabel: row } = clause;
  if (header !== undefined && RECIPIENTS_COLUMN.test(header)) return header;
  // A column of sources ("Categories of sources | Third parties") names where data comes from (GUIDE D10).
  if (header !== undefined && SOURCES_COLUMN.test(header)) return undefined;
  // The row's label is read as a heading only when it could be one: short, one phrase.
  return row !== undefined && row.length <= MAX_ROW_HEADING && !/[.;]\s/.test(row) && RECIPIENTS_COLUMN.test(row)
    ? row
    : undefined;
}

/**
 * A header that asks whether the row's data goes to others, written as its participle: "Shared with third parties?",
 * "Sold or shared", "Disclosed for a business purpose", "Is it disclosed to third parties?". The act is read as said
 * of the data: "This personal information is disclosed for a business purpose."
 */
const ACT_HEADER =
  /^(?:(?:is|are|was|were)\s+(?:(?:it|this|they)\s+)?|(?:has|have)\s+(?:(?:it|this|they)\s+)?been\s+)?((?:shared|disclosed|sold|transferred|rented|made\s+available)\b[^?]{0,100})$/i;
/** A cell that only says yes ("Yes", "Yes.", "YES*"). */
const YES_CELL = /^\W*yes\W*$/i;

/**
 * The sentence a "Yes" cell stands for, read with the header or row label that asks whether the data goes to others
 * ("Sold or shared | Yes" → "This personal information is sold or shared."); undefined for any other cell. "No" is
 * left unread: a table that marks where data does not go states no limit of its own (GUIDE names none).
 */
export function yesCellSentence(clause: Clause): string | undefined {
  if (!YES_CELL.test(clause.text)) return undefined;
  for (const label of [clause.columnHeader, clause.rowLabel]) {
    // The question mark and any footnote mark cut in code: a regex ending in "…$" after a free run is not linear.
    const act =
      label === undefined ? null : ACT_HEADER.exec(trimEndChars(trimStartChars(label, /\W/), /[^\p{L}\p{N})]/u));
    if (act) return `This personal information is ${act[1]!.trim().toLowerCase()}.`;
  }
  return undefined;
}
