import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import type { SeededStore } from '../lib/seeded-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import type { BenchSettings } from '../settings.ts'
import { appEnvironment } from './app-env.ts'
import { BENCH_HOST, type RunningServer } from './server.ts'

const MAIN = fileURLToPath(new URL('../../packages/backend/src/main.ts', import.meta.url))
const BOOT_TIMEOUT_MS = 120_000

/**
 * One production-mode app on a seeded store (same env as the plain app server), with
 * `extraEnv` on top.
 */
export async function startOnStore(
  settings: BenchSettings,
  store: SeededStore,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const env = appEnvironment({ settings, host: BENCH_HOST, port, dataDir: store.dataDir ?? '' })
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl
  const server = spawnServer(MAIN, { ...env, ...extraEnv })
  await waitUntilUp(`${origin}/healthz`, server, BOOT_TIMEOUT_MS)
  return { origin, pids: server.child.pid ? [server.child.pid] : [], stop: server.stop }
}
