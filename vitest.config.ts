import { defineConfig } from 'vitest/config';

// Three tiers: pure core in Node, DOM code in happy-dom, and the built extension in real browsers.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'slow', include: ['test/slow/**/*.test.ts'], environment: 'node', testTimeout: 900_000 } },
      { test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'happy-dom' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Real browsers are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
