// How every YektaYar backend process is started: `npm start`, the end-to-end tests, the process
// tests and the bench all use this, so what is measured is what runs. Plain JavaScript because
// scripts/start.mjs runs before anything is compiled.

/** The entry point, relative to the repository root. */
export const BACKEND_MAIN = 'packages/backend/src/main.ts'

/**
 * V8's young generation at up to 64 MiB per semi-space instead of Node 20's 16. Nearly all a
 * request allocates dies with it, but with the default nursery and 100 requests in flight, the
 * backend under load fell into a state where every scavenge promoted several MiB, took 16–30 ms
 * and a full collection followed every few seconds (node --trace-gc). Measured on PostgreSQL,
 * GET /api/v1/auth/session: 68–87 µs of CPU a request with the default, 45–46 µs with this.
 */
export const SERVER_V8_FLAGS = ['--max-semi-space-size=64']

/** Node's arguments before the script: the flags above, then tsx for the TypeScript sources. */
export const BACKEND_NODE_ARGS = [...SERVER_V8_FLAGS, '--import', 'tsx']

/** The production build's entry point (`npm run build`), as `npm run start:production` runs it. */
export const BUILT_MAIN = 'packages/backend/dist/main.js'

/** Node's arguments for the build: the V8 flags, and stack traces in the sources' lines. */
export const BUILT_NODE_ARGS = [...SERVER_V8_FLAGS, '--enable-source-maps']
