import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../test/main-process.ts'
import { createTestDatabase } from '../test/test-database.ts'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrate.ts'
import { openPglite } from './db/open-pglite.ts'
import { sealNote } from './modules/notes/note-cipher.ts'

const OLD = { id: 'k1', key: randomBytes(32) }
const NEW = { id: 'k2', key: randomBytes(32) }
const entry = (k: typeof OLD) => `${k.id}:${k.key.toString('base64')}`

/**
 * `npm run notes:rotate-keys` as an operator runs it: a separate process on the database the
 * server uses (a PGlite folder, or this file's own PostgreSQL database when DATABASE_URL is set).
 */
describe('notes:rotate-keys', () => {
  let folder: string
  let databaseEnv: Record<string, string>
  /** Runs `work` on the database while no command holds it (PGlite allows one process). */
  let withDatabase: <T>(work: (database: Database) => Promise<T>) => Promise<T>
  let drop = async () => {}

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'yy-rotate-'))
    if (process.env.DATABASE_URL) {
      const owned = await createTestDatabase()
      databaseEnv = { DATABASE_URL: owned.url as string }
      withDatabase = (work) => work(owned.database)
      drop = owned.drop
    } else {
      databaseEnv = { DATA_DIR: folder }
      withDatabase = async (work) => {
        const database = await openPglite(join(folder, 'pglite'))
        try {
          return await work(database)
        } finally {
          await database.close()
        }
      }
    }
    await withDatabase(async (database) => {
      await migrate(database)
      for (let n = 1; n <= 3; n++) {
        const id = `00000000-0000-4000-8000-00000000000${n}`
        const sealed = sealNote([OLD], id, `note ${n}`)
        await database.query(
          'INSERT INTO appointment_notes (id, content, key_id) VALUES ($1, $2, $3)',
          [id, sealed.content, sealed.keyId],
        )
      }
    })
  }, 120_000) // migrating a PGlite folder takes a while on a busy machine
  afterAll(async () => {
    await drop()
    await rm(folder, { recursive: true, force: true })
  })

  const rotate = (keys: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'packages/backend/src/rotate-note-keys.ts', '--batch-size', '2'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'development',
          NOTES_ENCRYPTION_KEYS: keys,
          ...databaseEnv,
        },
      },
    )

  it('re-seals under the newest key, printing progress, and exits 0', async () => {
    const run = rotate(`${entry(NEW)},${entry(OLD)}`)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('notes:rotate-keys: 2/3 re-sealed')
    expect(run.stdout).toContain('notes:rotate-keys: 3/3 re-sealed')
    expect(run.stdout).toContain('every note is under k2')
    await withDatabase(async (database) => {
      const rows = await database.query<{ key_id: string }>('SELECT key_id FROM appointment_notes')
      expect(rows.map((row) => row.key_id)).toEqual(['k2', 'k2', 'k2'])
      const audits = await database.query<{ changes: { rotated: number } }>(
        `SELECT changes FROM audit_logs WHERE action = 'appointment_note.rotate_keys'`,
      )
      expect(audits.map((row) => row.changes.rotated)).toEqual([3])
    })
  })

  it('exits non-zero, naming the key, when notes are under a key it was not given', () => {
    const run = rotate(`k9:${randomBytes(32).toString('base64')}`)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('lacks keys that notes are sealed under: k2 (3 notes)')
  })
})
