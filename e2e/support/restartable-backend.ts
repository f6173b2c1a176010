import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RawSql } from '../../packages/backend/src/db/database.ts'
import { openDatabase } from '../../packages/backend/src/db/open-database.ts'
import { type BackendServer, type KeptData, startBackend } from './backend-server.ts'
import { createScratchDatabase } from './scratch-database.ts'

export interface RestartableBackend {
  /** Changes when moveIntoPast restarts the server (a new port); withDatabase keeps it. */
  readonly origin: string
  /**
   * Moves a booked appointment into the past, as if its hour had come and gone: nobody can book
   * the past, so the journey books ahead, stops the server (PGlite allows one process), shifts
   * the row and starts a new server on the same data.
   */
  moveIntoPast(appointmentId: string): Promise<void>
  /**
   * Runs SQL beside the server. PostgreSQL takes a second connection while the server runs;
   * PGlite allows one process, so there the server stops, the work runs, and a new server starts
   * on the same port: open pages keep their origin and their socket reconnects by itself.
   */
  withDatabase<T>(work: (sql: RawSql) => Promise<T>): Promise<T>
  stop(): Promise<void>
}

/** A backend of the journey's own, on data that survives restarts; removed by stop(). */
export async function startRestartableBackend(): Promise<RestartableBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yektayar-e2e-kept-'))
  const scratch = process.env.DATABASE_URL
    ? await createScratchDatabase(process.env.DATABASE_URL)
    : undefined
  const kept: KeptData = { dataDir, databaseUrl: scratch?.url }
  let server: BackendServer = await startBackend(kept)
  return {
    get origin() {
      return server.origin
    },
    async moveIntoPast(appointmentId) {
      await server.stop()
      const database = await openDatabase({
        database: { url: kept.databaseUrl, dataDir, poolSize: 1 },
      })
      try {
        await database.query(
          `UPDATE appointments SET scheduled_at = now() - interval '2 hours',
             ends_at = now() - interval '1 hour', blocked_from = NULL, blocked_until = NULL
           WHERE id = $1`,
          [appointmentId],
        )
      } finally {
        await database.close()
      }
      server = await startBackend(kept)
    },
    async withDatabase(work) {
      const open = () => openDatabase({ database: { url: kept.databaseUrl, dataDir, poolSize: 1 } })
      if (kept.databaseUrl) {
        const database = await open()
        try {
          return await work(database)
        } finally {
          await database.close()
        }
      }
      const port = Number(new URL(server.origin).port)
      await server.stop()
      const database = await open()
      try {
        return await work(database)
      } finally {
        await database.close()
        server = await startBackend(kept, port)
      }
    },
    async stop() {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
      await scratch?.drop()
    },
  }
}
