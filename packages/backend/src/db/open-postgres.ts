import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Database, RawSql } from './database.ts'
import * as schema from './schema/index.ts'

// BIGINT (int8) arrives as a JS number: money is rials and stays far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

export interface PostgresOptions {
  url: string
  poolSize: number
  onPoolError?: (error: Error) => void
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: 5_000,
  })
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', (error) => options.onPoolError?.(error))
  const raw: RawSql = {
    async query<Row>(text: string, params?: unknown[]) {
      const result = await pool.query(text, params)
      return result.rows as Row[]
    },
    async exec(script: string) {
      return lastRows(await pool.query(script))
    },
  }
  await raw.query('SELECT 1')
  return {
    kind: 'postgres',
    db: drizzle(pool, { schema }),
    ...raw,
    transaction: (work) => inTransaction(pool, work),
    close: () => pool.end(),
  }
}

async function inTransaction<T>(pool: pg.Pool, work: (sql: RawSql) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  const raw: RawSql = {
    async query<Row>(text: string, params?: unknown[]) {
      return (await client.query(text, params)).rows as Row[]
    },
    async exec(script: string) {
      return lastRows(await client.query(script))
    },
  }
  try {
    await client.query('BEGIN')
    const result = await work(raw)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** node-postgres answers a multi-statement script with an array of results. */
function lastRows(result: pg.QueryResult | pg.QueryResult[]): Record<string, unknown>[] {
  const last = Array.isArray(result) ? result.at(-1) : result
  return last?.rows ?? []
}
