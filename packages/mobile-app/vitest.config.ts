import { defineConfig } from 'vitest/config'

// Checks of the Android shell that need no Android SDK (docs/MOBILE.md): its project against
// capacitor.config.ts, and `cap sync android` on the web app's build.
export default defineConfig({
  test: {
    name: 'mobile-app',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    // A stale web build is rebuilt first (e2e/support/front-end-build.ts): minutes, not seconds.
    testTimeout: 600_000,
  },
})
