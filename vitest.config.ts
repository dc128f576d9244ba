import { defineConfig } from 'vitest/config';

// Unit tests: Node with a real DOM where a test asks for one (jsdom), fake-indexeddb for the store.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
