// What the web app and the admin panel configure alike, for their builds (vite.config.ts) and
// their tests (vitest.config.ts). Plain data, no imports: each app's config brings its own
// plugins and `defineConfig`, so this file needs no dependency of the root workspace.

const API_ORIGIN = 'http://localhost:3000'

/**
 * Every workspace has its own nested copy of i18next and react-i18next (their TypeScript peer
 * range predates 7); one copy in the bundle means one i18n instance and less JS. Tests use the
 * same rule, so they run against what ships.
 */
export const singleCopyResolve = {
  dedupe: ['react', 'react-dom', 'i18next', 'react-i18next'],
}

/** The dev server on `port`, passing the API and its socket to the backend. */
export function devServer(port: number) {
  return {
    port,
    proxy: {
      '/api': { target: API_ORIGIN, changeOrigin: true },
      '/socket.io': { target: API_ORIGIN, changeOrigin: true, ws: true },
    },
  }
}

export const distBuild = { outDir: 'dist', emptyOutDir: true }

/** A front end's unit tests: a browser-like DOM, beside the code, with the app's setup file. */
export function frontEndTests(name: string) {
  return {
    name,
    environment: 'happy-dom' as const,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  }
}
