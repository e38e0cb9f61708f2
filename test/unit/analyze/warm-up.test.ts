// The clauses the analysis worker warms up on while a page is read: every example of every rule and veto, so that
// each category's code paths (and its regexes) have run before the page's own job.
import { describe, expect, it } from 'vitest';
import { analyzeClauses, warmUpClauses } from '../../../src/core/analyze';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { CATEGORY_IDS } from '../../../src/core/types';

describe('warmUpClauses', () => {
  // Every example of every rule is analysed: seconds of work on a busy machine, so a long limit (not a timing check).
  it("holds every rule's examples, both sides, and reaches every category", () => {
    const clauses = warmUpClauses();
    const texts = clauses.map((c) => c.text.replace(/\s+/g, ' ')).join('\n');
    let missing = 0;
    for (const cat of ALL_CATEGORY_RULES)
      for (const rule of cat.rules)
        for (const e of [...rule.mustMatch, ...rule.mustNotMatch]) {
          // Each example is a line of its own: the splitter may cut it into sentences, but keeps its last words.
          const words = (typeof e === 'string' ? e : e.text).trim().split(/\s+/);
          if (!texts.includes(words.slice(-3).join(' '))) missing++;
        }
    expect(missing).toBe(0);
    const found = new Set(analyzeClauses(clauses, { sensitivity: 'every' }).findings.map((f) => f.category));
    expect([...found].sort()).toEqual([...CATEGORY_IDS].sort());
  }, 60_000);
});
