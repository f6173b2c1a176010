import { defineConfig } from 'vitest/config'

// Each test file opens its own database (in-memory PGlite, or a fresh PostgreSQL database when
// DATABASE_URL is set), so files run in parallel in separate processes.
export default defineConfig({
  test: {
    name: 'backend',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./test/migrated-template.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
