// A clause whose words changed only in a date it prints ("during the twelve months ending December 31, 2024" →
// "…2025", "approved on June 7, 2021" → "on October 3, 2025"): a reporting period or an approval moved forward, as a
// restamp does. When the clause gives no right, that is a wording edit, not a change of the terms.
import { MONTH as MONTH_NAME } from '../normalize/noise-rules';
import { tokens } from './similarity';

const MONTH = new RegExp(`^${MONTH_NAME}$`);
const YEAR = /^(?:19|20)\d\d$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

const isDatePart = (w: string): boolean => YEAR.test(w) || MONTH.test(w) || DAY.test(w);

/** The words of one text and not of the other, both ways (a multiset difference). */
function changedWords(before: string, after: string): string[] {
  const counts = new Map<string, number>();
  for (const w of tokens(before)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of tokens(after)) counts.set(w, (counts.get(w) ?? 0) - 1);
  return [...counts].filter(([, n]) => n !== 0).map(([w]) => w);
}

/** Whether the two texts differ only in the parts of a date (day, month, year), a year among them. */
export function onlyDateChanged(before: string, after: string): boolean {
  const changed = changedWords(before, after);
  return changed.some((w) => YEAR.test(w)) && changed.every(isDatePart);
}
