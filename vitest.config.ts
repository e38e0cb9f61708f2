import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Fuzz, stress, large-input and whole-process suites: minutes of CPU between them on a 2-core machine, so they run in
 * their own project (`npm run test:slow`, and `npm test`/CI) and keep `npm run test:unit` an inner loop of seconds.
 * Pick by measurement (`npx vitest run --project unit --project dom --reporter=verbose` prints each test's time): a
 * file whose tests take seconds each belongs here. Node is their environment: most build documents with happy-dom's
 * Window themselves (htmlToDocument); one that needs a global DOM says so with `// @vitest-environment happy-dom`.
 */
const SLOW = [
  // test/slow/ holds suites written for this project from the start (regex safety by recheck, cue-word fuzz).
  'test/unit/fuzz/fuzz.test.ts',
  'test/unit/cli/process.test.ts',
  // The CLI through its worker threads (a bundled worker per run; the watchdog waits out real timeouts).
  'test/unit/cli/watchdog.test.ts',
  'test/unit/cli/diff-timeout.test.ts',
  'test/unit/cli/analyze.test.ts',
  'test/unit/cli/inert-output.test.ts',
  'test/unit/cli/worker-pool.test.ts',
  'test/dom/detect/deep-nesting.test.ts',
  'test/dom/extract/large-pages.test.ts',
  'test/dom/highlight/slicing-large.test.ts',
];

/**
 * Suites that mock a module or stub a global (vi.mock, vi.stubGlobal) need a module registry of their own. Every other
 * unit and DOM file shares one per worker (`isolate: false`): importing the analyser and happy-dom once per worker
 * instead of once per file is most of what keeps `npm run test:unit` under a minute on two cores.
 */
const MOCKING = [
  'test/unit/background/highlights-failed.test.ts',
  'test/unit/background/page-stream.test.ts',
  'test/unit/background/verdict-while-injecting.test.ts',
  'test/unit/background/sender-check.test.ts',
  'test/unit/background/change-notice.test.ts',
  'test/unit/background/badge-refresh.test.ts',
  'test/unit/shared/tab-budget.test.ts',
  'test/dom/extract/sliced-extract.test.ts',
  'test/dom/highlight/slicing.test.ts',
];

/** Bundles the CLI's test workers once per run for the projects whose files run the CLI in-process. */
const TEST_WORKERS = 'test/support/test-workers-setup.ts';

// Tiers: pure core in Node, DOM code in happy-dom, the slow suites above, and the built extension in real browsers.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW, ...MOCKING],
          environment: 'node',
          isolate: false,
          globalSetup: [TEST_WORKERS],
          // The end-to-end cases (the Zoom terms through the CLI or the export snapshots) take about a second alone
          // and several on a shared 2-core machine, past the 5 s default; a hang still fails in 15 s.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW, ...MOCKING],
          environment: 'happy-dom',
          isolate: false,
          testTimeout: 15_000, // as for unit
        },
      },
      {
        test: {
          name: 'unit-mocking',
          include: MOCKING.filter((f) => f.startsWith('test/unit/')),
          environment: 'node',
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'dom-mocking',
          include: MOCKING.filter((f) => f.startsWith('test/dom/')),
          environment: 'happy-dom',
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'slow',
          include: ['test/slow/**/*.test.ts', ...SLOW],
          environment: 'node',
          globalSetup: [TEST_WORKERS],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Real browsers are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
          // Rebuilds dist/ when a source is newer than it: the suites measure the build of the current code.
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
