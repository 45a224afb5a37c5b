import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Gives the run a folder for the browser tests' build of the seeds (tests/support/testSite.ts).
    globalSetup: ['tests/support/globalSetup.ts'],
  },
});
