import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Config } from '../config/config.ts'
import type { Database } from './database.ts'
import { openPglite } from './open-pglite.ts'
import { openPostgres } from './open-postgres.ts'

/** PostgreSQL when DATABASE_URL is set, embedded PGlite under DATA_DIR otherwise. */
export async function openDatabase(
  config: Pick<Config, 'database'>,
  onPoolError?: (error: Error) => void,
): Promise<Database> {
  const { url, dataDir, poolSize } = config.database
  if (url) return openPostgres({ url, poolSize, onPoolError })
  const directory = resolve(dataDir, 'pglite')
  await mkdir(directory, { recursive: true })
  return openPglite(directory)
}
