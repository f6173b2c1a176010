import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'e2e/vitest.config.ts'],
    // Vitest's default is one worker fewer than the cores: one on CI's two, so every file of
    // the run waited for the one before it while most of them wait on a database, a socket or a
    // browser. One worker per core keeps both cores busy.
    maxWorkers: availableParallelism(),
  },
})
