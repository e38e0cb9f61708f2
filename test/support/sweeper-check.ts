// Texts for the sweeper checks: test/unit/analyze/sweeper.test.ts (parse and tokensOf) and
// test/slow/sweeper-sweep.test.ts (every rule's net).
import { ruleExampleTexts, zoomTermsClauses } from './cue-fuzz';

/** Rule examples, Zoom clauses, and contractions that make compromise renumber terms. */
export function sweeperTexts(): string[] {
  return [
    ...ruleExampleTexts(),
    ...zoomTermsClauses().slice(0, 200),
    // Two contractions, a match starting at the second: compromise splices words in, so term places must be renumbered.
    "If you don't renew, we won't remove features you have paid for.",
    "If you don't like it and won't pay, we'll discontinue the Service.",
  ];
}
