import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database } from '../../packages/backend/src/db/database.ts'
import { migrate } from '../../packages/backend/src/db/migrate.ts'
import { openPglite } from '../../packages/backend/src/db/open-pglite.ts'
import { openPostgres } from '../../packages/backend/src/db/open-postgres.ts'
import { syncReferenceData } from '../../packages/backend/src/seed/reference-data.ts'
import { spawnServer } from '../lib/child-server.ts'
import { onExit } from '../lib/exit-cleanup.ts'
import { freePort } from '../lib/free-port.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import type { BenchSettings } from '../settings.ts'
import { appEnvironment } from './app-env.ts'
import { prepareCareFixture } from './care-fixture.ts'
import { BENCH_HOST, type StartServer } from './server.ts'

const MAIN = fileURLToPath(new URL('../../packages/backend/src/main.ts', import.meta.url))
const BOOT_TIMEOUT_MS = 60_000

/**
 * Writes the care fixture (psychologists, bookings, patients with session tokens) straight into
 * the store before the app opens it: PGlite allows one process at a time, and sign-in through
 * the API would need SMS codes. Reference data is synced too, since SEED_DEMO is off.
 */
async function seedStore(settings: BenchSettings, dataDir: string): Promise<void> {
  const database: Database = settings.databaseUrl
    ? await openPostgres({ url: settings.databaseUrl, poolSize: 2 })
    : await openPglite(join(dataDir, 'pglite'))
  try {
    await migrate(database)
    await database.transaction(async (sql) => {
      await syncReferenceData(sql)
      await prepareCareFixture(sql)
    })
  } finally {
    await database.close()
  }
}

/** The backend in production mode, like `app`, on a store that already holds the care fixture. */
export const startCareApp: StartServer = async (settings) => {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const dataDir = mkdtempSync(join(tmpdir(), 'yektayar-bench-care-'))
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })
  const forgetDataDir = onExit(removeDataDir)
  await seedStore(settings, dataDir)
  const env = appEnvironment({ settings, host: BENCH_HOST, port, dataDir })
  const server = spawnServer(MAIN, env)
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
