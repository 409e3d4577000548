import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** The matching evaluation (`npm run eval`): labelled pages against the sample school, engine vs MiniSearch. */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/eval/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 120000,
  },
});
