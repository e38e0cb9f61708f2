// The analysis watchdog's test hooks (src/analysis/budget.ts), compiled in only by `scripts/build.ts --test-hooks`:
// a 6 s budget (a fresh worker loads, prepares and runs the analyser in about 3 s on a busy 2-core machine), and a
// text that makes the analysis worker spin forever (a stand-in for a runaway analysis).
export const TEST_HOOKS = { budgetMs: 6_000, hangMarker: 'TERMWATCH-TEST-HANG' } as const;
