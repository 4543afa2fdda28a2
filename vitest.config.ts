import { defineConfig } from 'vitest/config';

/**
 * Four test projects, run in this order by `npm test`:
 * - unit: the domain core, no build needed;
 * - site: reads the built `dist/` (facts, exports, HTML validity, budgets);
 * - fixtures: builds broken content and checks the error messages;
 * - e2e: drives the built site in real Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'fixtures',
          include: ['test/fixtures/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
