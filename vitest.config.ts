import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default on a 2-core machine is one fork (cores − 1), which leaves the second core idle
    // while a test waits on PostgreSQL, a child process or the browser. Three forks keep both busy
    // (two forks measured 803 s for 260 files, much of it waiting); every test opens its own
    // database (test/db.ts), port and temporary folder, so they can overlap.
    maxWorkers: 3,
    minWorkers: 1,
    env: { TZ: 'UTC' },
  },
});
