import type { TestProject } from 'vitest/node'
import { type BackendServer, startBackend } from './backend-server.ts'
import { findChromium, noBrowserMessage } from './chromium.ts'
import { buildFrontEndsIfNeeded } from './front-end-build.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Chromium to drive, or null when none was found (the journeys then skip). */
    chromiumPath: string | null
    /** Where the backend under test listens, e.g. http://127.0.0.1:41234. */
    baseUrl: string
  }
}

const log = (line: string) => console.log(`e2e: ${line}`)

/** Builds the front ends if needed and starts one backend for every journey of the run. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  project.provide('chromiumPath', chromiumPath)
  project.provide('baseUrl', '')
  if (!chromiumPath) {
    log(`${noBrowserMessage()}; the browser journeys are SKIPPED`)
    return
  }
  const started = Date.now()
  buildFrontEndsIfNeeded(log)
  const backend: BackendServer = await startBackend()
  const where = process.env.DATABASE_URL
    ? 'a fresh PostgreSQL database'
    : 'a fresh PGlite directory'
  log(`backend up at ${backend.origin} on ${where} after ${Date.now() - started} ms`)
  project.provide('baseUrl', backend.origin)
  return async () => {
    await backend.stop()
  }
}
