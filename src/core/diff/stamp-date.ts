// The date a version says it is of: the newest of its "Last updated" / "Effective date" stamps (the date-stamp noise
// rule finds them). A version stamped older than the one before it is an older text served again at the address
// (a cached or regional copy, a legacy page), not a revision: revisions move the stamp forward.
import type { Clause } from '../types';
import { NOISE_RULES } from '../normalize/noise-rules';

const STAMP = NOISE_RULES.find((r) => r.id === 'date-stamp')!.pattern;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/i;
const ISO = /\b(\d{4})-(\d{1,2})-\d{1,2}\b/;

/**
 * The month a stamp names, as year × 12 + month index; null for relative dates ("3 days ago") and for numeric ones
 * whose day and month order the page does not say ("07/08/2023").
 */
export function stampMonth(stamp: string): number | null {
  const iso = ISO.exec(stamp);
  if (iso) return Number(iso[1]) * 12 + Number(iso[2]) - 1;
  // "30 October 2017" names its month and year the same way as "October 30, 2017".
  const named = NAMED.exec(stamp);
  if (!named) return null;
  return Number(named[2]) * 12 + MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
}

/** The newest month any date stamp of the version names; null when it has none. */
export function newestStamp(clauses: readonly Pick<Clause, 'text'>[]): number | null {
  let newest: number | null = null;
  for (const c of clauses)
    for (const m of c.text.matchAll(STAMP)) {
      const month = stampMonth(m[0]);
      if (month !== null && (newest === null || month > newest)) newest = month;
    }
  return newest;
}
