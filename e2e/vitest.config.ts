import { defineConfig } from 'vitest/config'

// Browser journeys against the real backend serving the built front ends. One backend per
// run (support/global-setup.ts); files run one at a time so two cores are not shared by
// several Chromiums at once.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['journeys/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    // Generous: in `npm test` the journeys share two cores with every other project's tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
