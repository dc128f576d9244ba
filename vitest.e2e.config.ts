import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with dist/, and real Firefox with dist-firefox/
// (firefox.test.ts). One browser at a time: the machine has two cores and each
// test file starts its own.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A state is waited for up to ten seconds (a browser on a busy machine is slow to get there).
    expect: { poll: { timeout: 10_000 } },
  },
});
