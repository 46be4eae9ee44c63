import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: running browser and server suites side by side only makes both slower.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
