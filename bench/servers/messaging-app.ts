import { prepareMessagingStore } from '../lib/messaging-store.ts'
import type { SeededStore } from '../lib/seeded-store.ts'
import type { BenchSettings } from '../settings.ts'
import { startOnStore } from './seeded-app.ts'
import type { RunningServer, StartServer } from './server.ts'

/**
 * A send limit the load generators never reach: the limiter still runs, it just never refuses.
 */
export const MESSAGING_APP_ENV = { MESSAGE_SEND_LIMIT: '1000000' }

/** One app on the seeded messaging store. */
function startInstance(
  settings: BenchSettings,
  store: SeededStore,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  return startOnStore(settings, store, { ...MESSAGING_APP_ENV, ...extraEnv })
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
