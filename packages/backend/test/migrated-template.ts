import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'
import { migrate } from '../src/db/migrate.ts'
import { PGLITE_EXTENSIONS, pgliteDatabase } from '../src/db/open-pglite.ts'
import { openPostgres } from '../src/db/open-postgres.ts'
import { adminQuery, withDatabase } from './test-database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Where each test file's database starts from, migrated once per run: the path of a PGlite
     * data directory dump, or the name of a PostgreSQL template database.
     */
    migratedTemplate: string
  }
}

/**
 * The backend project's global set-up: runs the migrations once for the whole run instead of
 * once per test file. Opening an in-memory PGlite and migrating it took about 3 s per file here,
 * loading a migrated dump about 1 s; on PostgreSQL a template copy replaces the migrations too.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const path = join(tmpdir(), `yy-migrated-${randomBytes(6).toString('hex')}.tar`)
    await writeFile(path, await migratedPgliteDump())
    project.provide('migratedTemplate', path)
    return () => rm(path, { force: true })
  }
  const name = `yy_template_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`)
  const database = await openPostgres({ url: withDatabase(serverUrl, name), poolSize: 1 })
  await migrate(database)
  await database.close()
  project.provide('migratedTemplate', name)
  return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}

async function migratedPgliteDump(): Promise<Uint8Array> {
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS })
  await migrate(pgliteDatabase(client))
  // Uncompressed: loading a gzipped dump in every file would cost more than the disk it saves.
  const dump = await client.dumpDataDir('none')
  await client.close()
  return new Uint8Array(await dump.arrayBuffer())
}
