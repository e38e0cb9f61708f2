// An entry of the document's own list of versions ("1. May 2018 - update to privacy notice; 2.", "October 2019 -
// Acme to Globex Media name change"): it records that the terms changed, and the clauses that changed are compared
// where they stand. A new entry is not itself a change of the terms.
import { MONTH } from '../normalize/noise-rules';

// A list number, a date (month and year, a full date, or an ISO date), a dash or colon, a short description without a
// sentence break or digit, and perhaps the next entry's number left on the line. Each part is bounded and ends where
// the next begins (a digit, a dash, a full stop), so nothing is tried twice.
const ENTRY = new RegExp(
  `^(?:\\d{1,2}[.)]\\s+)?(?:${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `\\s?[-:][^.;!?\\d]{1,100}(?:[.;](?:\\s\\d{1,2}[.)])?)?$`,
  'i',
);

/** Whether a clause is one entry of a list of the document's versions. */
export function isChangeLogEntry(text: string): boolean {
  return ENTRY.test(text.replace(/[\u2013\u2014]/g, '-').trim());
}
