import type { Database } from '../db/database.ts'
import { lockMigrations, migrate } from '../db/migrate.ts'
import { syncReferenceData } from './reference-data.ts'

/**
 * What every boot does before serving, demo or not: the schema, then the permissions, default
 * groups and departments the code depends on (a production database has no demo seed to write
 * them, and without them every account would be refused). Under the migration lock, so
 * instances starting together take turns.
 */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrate(database)
  await database.transaction(async (sql) => {
    await lockMigrations(sql)
    await syncReferenceData(sql)
  })
}
