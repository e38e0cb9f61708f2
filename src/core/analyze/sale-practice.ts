// GUIDE S1: a privacy law's right to opt out of the sale of data follows the service's own practice. In a document
// whose only word on its own sales is that it does not sell, the opt-out offers nothing to take: the units that state
// the right are explanations of the law, not a sale the user must opt out of.
import type { Clause, Finding } from '../types';
import { SALE_PRACTICE } from './lexicon';
import { wordsPattern } from './word-pattern';

const SALE = wordsPattern(SALE_PRACTICE.sales);
const SHARING = wordsPattern(SALE_PRACTICE.sharing);
/**
 * "Sale or sharing", "“sell” and “share”": the CCPA's "sharing" (cross-context advertising) beside the sale is another
 * practice, which a service that does not sell for money may still have through cookies; a denial of sales does not
 * settle a right to opt out of it. ("Collected and/or shared with third parties" in a right to know is no such pair.)
 */
/** "or", "and", a slash, with quotes or spaces around them. */
const JOINED = String.raw`(?:\W{1,3}(?:or|and)\W{1,3}|\W{0,2}/\W{0,2})`;
const NAMES_SHARING = new RegExp(String.raw`\b(?:${SALE}${JOINED}${SHARING}|${SHARING}${JOINED}${SALE})\b`);
/**
 * The unit denies a sale itself, as its own clause ("We do not sell …, and will not without notice"): a statement,
 * not the law's right. "You can ask that we do not sell" is the right.
 */
const OWN_DENIAL = new RegExp(
  String.raw`\b${wordsPattern(SALE_PRACTICE.subjects)}\s+${wordsPattern(SALE_PRACTICE.denials)}\s+(?:\w+\s+)?sell\b`,
  'g',
);
/** Where a clause of the unit may start: its beginning, or after a comma, semicolon, colon or bracket. */
function opensClause(lower: string, at: number): boolean {
  const before = lower.slice(0, at).trimEnd();
  return before === '' || /[,;:(]$/.test(before);
}

/**
 * The document's data_sale findings read together: when the service denies selling (a `restrict` it takes) and no
 * unit says it sells (no `grant`), each `conditional opt_out` of a sale alone becomes a mention (role explanation).
 */
export function withSalePractice(findings: readonly Finding[], clauses: readonly Clause[]): Finding[] {
  const own = findings.filter((f) => f.category === 'data_sale' && !f.role && f.actor === 'service');
  const denies = own.some((f) => f.stance === 'restrict');
  const sells = own.some((f) => f.stance === 'grant');
  if (!denies || sells) return [...findings];
  const text = new Map(clauses.map((c) => [c.id, c.text.toLowerCase()]));
  const lawOnly = (f: Finding): boolean => {
    const lower = text.get(f.clauseId) ?? '';
    return !NAMES_SHARING.test(lower) && ![...lower.matchAll(OWN_DENIAL)].some((m) => opensClause(lower, m.index));
  };
  return findings.map((f) =>
    f.category === 'data_sale' && !f.role && f.stance === 'conditional' && f.condition === 'opt_out' && lawOnly(f)
      ? { ...f, role: 'explanation' as const }
      : f,
  );
}
