// The analysis watchdog's test hooks (src/analysis/budget.ts), compiled in only by `scripts/build.ts --test-hooks`:
// a 3 s budget, and a text that makes the analysis worker spin forever (a stand-in for a runaway analysis).
export const TEST_HOOKS = { budgetMs: 3_000, hangMarker: 'TERMWATCH-TEST-HANG' } as const;
