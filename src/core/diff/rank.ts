// Ranking: what the change does to the user's rights comes first, wording last.
import { CATEGORY_IDS } from '../types';
import type { Change } from './types';
import { SEVERITY_RANK } from './impact';

/** The change gives the company a right the document did not give, widens one, or drops a restriction. */
export function makesRightWorse(c: Change): boolean {
  return c.right !== null && c.impact === 'worse';
}

/**
 * 0 a right made worse (new or widened grant, lost restriction), 1 a right made better (removed or narrowed), 2 other
 * worse, 3 other better, 4 reworded flagged clause, 5 unflagged clause.
 */
export function rankTier(c: Change): number {
  if (c.right !== null && c.impact === 'worse') return 0;
  if (c.right !== null && c.impact === 'better') return 1;
  if (c.impact === 'worse') return 2;
  if (c.impact === 'better') return 3;
  return c.category ? 4 : 5;
}

/** Sorts in place by tier, severity (high first), category display order, then position in the document. */
export function rankChanges<T extends { change: Change; position: number }>(items: T[]): T[] {
  const catIndex = (c: Change): number => (c.category ? CATEGORY_IDS.indexOf(c.category) : CATEGORY_IDS.length);
  const sev = (c: Change): number => (c.severity ? SEVERITY_RANK[c.severity] : 0);
  return items.sort(
    (x, y) =>
      rankTier(x.change) - rankTier(y.change) ||
      sev(y.change) - sev(x.change) ||
      catIndex(x.change) - catIndex(y.change) ||
      x.position - y.position,
  );
}
