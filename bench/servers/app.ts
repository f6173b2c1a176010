import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { onExit } from '../lib/exit-cleanup.ts'
import { freePort } from '../lib/free-port.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import type { BenchSettings } from '../settings.ts'
import { appEnvironment } from './app-env.ts'
import { BENCH_HOST, type StartServer } from './server.ts'

const MAIN = fileURLToPath(new URL('../../packages/backend/src/main.ts', import.meta.url))
// A fresh PGlite directory initialises in ~3 s, then migrations and the job queue start.
const BOOT_TIMEOUT_MS = 60_000

interface LaunchOptions {
  dataDirPrefix: string
  /** Runs on the fresh data directory before the app opens it (PGlite allows one process). */
  prepare?: (dataDir: string) => Promise<void>
}

/** Starts main.ts in production mode on a data directory of its own, removed when stopped. */
export async function launchApp(
  settings: BenchSettings,
  { dataDirPrefix, prepare }: LaunchOptions,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix))
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })
  const forgetDataDir = onExit(removeDataDir)
  await prepare?.(dataDir)
  const server = spawnServer(MAIN, appEnvironment({ settings, host: BENCH_HOST, port, dataDir }))
  const stop = async () => {
    await server.stop()
    removeDataDir()
    forgetDataDir()
  }
  try {
    await waitUntilUp(`${origin}/healthz`, server, BOOT_TIMEOUT_MS)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}

/** The backend in production mode, on a fresh PGlite directory unless given PostgreSQL. */
export const startApp: StartServer = (settings) =>
  launchApp(settings, { dataDirPrefix: 'yektayar-bench-' })
