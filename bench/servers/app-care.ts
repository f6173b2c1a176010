import { join } from 'node:path'
import type { Database } from '../../packages/backend/src/db/database.ts'
import { migrate } from '../../packages/backend/src/db/migrate.ts'
import { openPglite } from '../../packages/backend/src/db/open-pglite.ts'
import { openPostgres } from '../../packages/backend/src/db/open-postgres.ts'
import { syncReferenceData } from '../../packages/backend/src/seed/reference-data.ts'
import type { BenchSettings } from '../settings.ts'
import { launchApp } from './app.ts'
import { prepareCareFixture } from './care-fixture.ts'
import type { StartServer } from './server.ts'

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
export const startCareApp: StartServer = (settings) =>
  launchApp(settings, {
    dataDirPrefix: 'yektayar-bench-care-',
    prepare: (dataDir) => seedStore(settings, dataDir),
  })
