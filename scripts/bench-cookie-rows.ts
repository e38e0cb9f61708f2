// A cookie table as isFramed reads it: thousands of identical rows (test/unit/diff/variants.test.ts counts the work,
// scripts/bench/diff.ts times it).
import type { Framed } from '../src/core/diff/variants';

export const COOKIE_ROW = 'This cookie stores an identifier that is used to count the visits to this website.';

/** `n` identical rows, the last one replaced by `last` when given (a new or edited row). */
export function cookieRows(n: number, last?: string): Framed {
  return {
    clauses: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      text: last !== undefined && i === n - 1 ? last : COOKIE_ROW,
    })),
    findings: [],
  };
}
