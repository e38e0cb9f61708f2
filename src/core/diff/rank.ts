// Ranking: what the change does to the user's rights comes first, wording last.
import { CATEGORY_IDS } from '../types';
import type { Change } from './types';
import { SEVERITY_RANK } from './impact';

/** 0 new/widened grant, 1 other worse, 2 better, 3 reworded flagged clause, 4 unflagged clause. */
export function rankTier(c: Change): number {
  if (c.impact === 'worse') return c.stanceAfter === 'grant' ? 0 : 1;
  if (c.impact === 'better') return 2;
  return c.category ? 3 : 4;
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
