// matchFromStarts against compromise's own match for every pattern of every rule's net (not only those the net would
// run on a sentence), on every rule example and Zoom clause: an exhaustive sweep, minutes on a shared machine. The
// edge-case patterns are test/unit/analyze/start-terms.test.ts.
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/core/analyze/engine';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import { ruleExampleTexts, zoomTermsClauses } from '../support/cue-fuzz';
import { differences, patternsOf } from '../support/start-terms-check';

describe('matchFromStarts gives what compromise’s match gives', () => {
  it('for every pattern of every rule, on rule examples and Zoom clauses', () => {
    const patterns = ALL_CATEGORY_RULES.flatMap((cat) =>
      cat.rules.flatMap((r) => patternsOf(compilePatterns(r.match))),
    );
    const { wrong, found } = differences(patterns, [...ruleExampleTexts(), ...zoomTermsClauses().slice(0, 60)]);
    expect(found).toBeGreaterThan(100);
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 300_000);
});
