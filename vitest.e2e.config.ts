import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite: the built extension in the system's Chromium (see
 * tests/e2e/harness.ts). One file at a time, since each launches a browser
 * and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
