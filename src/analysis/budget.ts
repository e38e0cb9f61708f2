// How long one page's analysis may take before the watchdog abandons it (the worker is terminated: a runaway
// synchronous analysis, such as a regular expression backtracking catastrophically, cannot be stopped any other way).
// The 1 MB bench page analyses in about a second on a loaded 2-core machine and the longest real documents of the
// Open Terms Archive corpus in a few; twenty seconds leaves a wide margin for slow machines, and is still short
// enough that the user gets an answer while the popup is open.

/**
 * Test builds only (`scripts/build.ts --test-hooks`, used by test/browser/watchdog.test.ts): a shorter budget and a
 * marker text that makes the worker spin forever. Every real build defines this as `undefined`, so esbuild folds the
 * branches below away and the hooks are not in the shipped code (test/browser/bundle-policy.test.ts checks it).
 */
declare const __TERMWATCH_TEST_HOOKS__: { budgetMs: number; hangMarker: string } | undefined;

const testHooks = typeof __TERMWATCH_TEST_HOOKS__ === 'object' ? __TERMWATCH_TEST_HOOKS__ : undefined;

export const ANALYSIS_BUDGET_MS = testHooks ? testHooks.budgetMs : 20_000;

/** Test builds: a clause containing this text makes the worker hang (a stand-in for a runaway analysis). */
export const TEST_HANG_MARKER: string | null = testHooks ? testHooks.hangMarker : null;

/** An idle worker is stopped after this long: its analyser's memory (tens of MB) is given back between pages. */
export const WORKER_IDLE_MS = 60_000;
