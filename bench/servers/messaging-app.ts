import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { type MessagingStore, prepareMessagingStore } from '../lib/messaging-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import type { BenchSettings } from '../settings.ts'
import { appEnvironment } from './app-env.ts'
import { BENCH_HOST, type RunningServer, type StartServer } from './server.ts'

const MAIN = fileURLToPath(new URL('../../packages/backend/src/main.ts', import.meta.url))
const BOOT_TIMEOUT_MS = 120_000

/** One production-mode app on the seeded messaging store (same env as the plain app server). */
async function startInstance(
  settings: BenchSettings,
  store: MessagingStore,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const env = appEnvironment({ settings, host: BENCH_HOST, port, dataDir: store.dataDir ?? '' })
  if (store.databaseUrl) env.DATABASE_URL = store.databaseUrl
  // Bench-only secrets (production refuses to boot without them) and a send limit the load
  // generators never reach: the limiter still runs, it just never refuses.
  env.AUTH_SECRET ??= 'bench-auth-secret-0123456789abcdef0123456789'
  env.TOTP_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString('base64')
  env.MESSAGE_SEND_LIMIT = '1000000'
  const server = spawnServer(MAIN, { ...env, ...extraEnv })
  await waitUntilUp(`${origin}/healthz`, server, BOOT_TIMEOUT_MS)
  return { origin, stop: server.stop }
}

/** The app on 10,000 users, 20,000 threads and 1,000,000 messages. */
export const startMessagingApp: StartServer = async (settings) =>
  startInstance(settings, await prepareMessagingStore(settings))

/** The same with the thread-list cache off: every list comes from the database. */
export const startMessagingAppUncached: StartServer = async (settings) =>
  startInstance(settings, await prepareMessagingStore(settings), { THREAD_LIST_CACHE_SECONDS: '0' })

/** Two instances on one PostgreSQL and one Redis, for cross-instance delivery. */
export const startMessagingPair: StartServer = async (settings) => {
  if (!settings.databaseUrl || !settings.redisUrl) {
    throw new Error('two instances need DATABASE_URL and REDIS_URL')
  }
  const store = await prepareMessagingStore(settings)
  const first = await startInstance(settings, store)
  const second = await startInstance(settings, store).catch(async (error: unknown) => {
    await first.stop()
    throw error
  })
  return {
    origin: first.origin,
    origins: [first.origin, second.origin],
    stop: async () => {
      await Promise.all([first.stop(), second.stop()])
    },
  }
}
