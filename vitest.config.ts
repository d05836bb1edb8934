import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    pool: 'threads',
    // The linear-time test measures time: it runs after every other test file, alone, so that no
    // CPU-heavy test (CLI processes, workers) runs beside it on a 2-core machine.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/linear-time.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: ['tests/linear-time.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
})
