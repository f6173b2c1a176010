import { defineConfig } from 'vitest/config'

// Each test file opens its own database (in-memory PGlite, or a fresh PostgreSQL database when
// DATABASE_URL is set), each in a process of its own.
export default defineConfig({
  test: {
    name: 'backend',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./test/migrated-template.ts'],
    pool: 'forks',
    // One backend file at a time, beside the browser journeys and the front ends' tests: two
    // backend files at once on two cores starved each other's database pools (a 50-request
    // booking race answered 500 after waiting for connections) in the PostgreSQL round.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
