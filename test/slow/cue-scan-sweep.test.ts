// The cue scan's exhaustive check: every pre-filter test of the rules against every rule example, 3,000 seeded clauses
// of cue words and punctuation, and the clauses of the Zoom terms (1.7 million test runs, seconds of CPU; the unit
// suite checks each test on its own category's examples). The scan may skip a test only when the test could not have
// matched, and passes(i) answers as the test itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleExampleTexts, seededCueClauses, zoomTermsClauses } from '../support/cue-fuzz';
import { allScanTests, itChecksTheSweep, sweepScan, type SweepResult } from '../support/cue-scan-sweep';

describe('the scan skips only tests that cannot match, on every text', () => {
  const tests = allScanTests();
  const every = tests.map((_, i) => i);
  const corpus = [...ruleExampleTexts(), ...seededCueClauses(29, 3000), ...zoomTermsClauses()].map((t) => ({
    text: t.toLowerCase(),
    tests: every,
  }));
  // In a hook, under its timeout: a test that backtracks without end fails instead of hanging the collection.
  let result: SweepResult;
  beforeAll(() => {
    result = sweepScan(tests, corpus);
  }, 120_000);
  itChecksTheSweep(tests, () => result);
  it('skips most test runs (else it saves nothing)', () => {
    expect(result.skips / result.runs).toBeGreaterThan(0.5);
  });
});
