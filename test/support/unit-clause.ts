// A clause as the extractor makes it, one per block: enough for tests that build a page's units by hand.
import type { Clause, ClauseRole } from '../../src/core/types';

/** The `i`-th unit of a page: its own block, under `sectionPath`, with a role when it is not operative. */
export function unitClause(i: number, text: string, sectionPath: string[] = [], role?: ClauseRole): Clause {
  return {
    id: `c${i}`,
    block: i,
    start: 0,
    end: text.length,
    text,
    sectionPath,
    section: sectionPath.at(-1) ?? '',
    ...(role ? { role } : {}),
  };
}
