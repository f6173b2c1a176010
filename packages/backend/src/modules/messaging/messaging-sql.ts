import { createHash } from 'node:crypto'
import { type SQL, sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import type { Db } from '../../db/database.ts'

/** Rows of a raw Drizzle query; PGlite and node-postgres both answer `{ rows }`. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[]
  return Array.isArray(result) ? result : result.rows
}

const dialect = new PgDialect()
const statementNames = new Map<string, string>()
const MAX_STATEMENTS = 200

/**
 * queryRows for the hot paths (thread list, sends). On PostgreSQL it runs as a named prepared
 * statement: each pooled connection parses it once and PostgreSQL can keep its plan, where an
 * unnamed query is parsed and planned on every call (about as costly as running these). Columns
 * must come out as text, numbers, booleans or JSON, since pg's own parsers read them here.
 * Inside a transaction (no pool at hand) it falls back to queryRows.
 */
export async function queryRowsPrepared<Row>(db: Db, query: SQL): Promise<Row[]> {
  const client = (db as { $client?: unknown }).$client
  if (!(client instanceof pg.Pool)) return queryRows<Row>(db, query)
  const { sql: text, params } = dialect.sqlToQuery(query)
  let name = statementNames.get(text)
  if (!name) {
    name = `yy_msg_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
    if (statementNames.size < MAX_STATEMENTS) statementNames.set(text, name)
  }
  const result = await client.query({ name, text, values: params as unknown[] })
  return result.rows as Row[]
}

/**
 * ISO-8601 UTC text with milliseconds, produced in the database so rows leave it in the API's
 * format (raw Drizzle queries answer timestamps as PostgreSQL text otherwise).
 */
export function isoOf(column: string): SQL {
  return sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
}

/**
 * Message and activity times are cut to milliseconds when written, so the millisecond ISO
 * times in cursors compare exactly with the stored values.
 */
export const NOW_MS = sql.raw(`date_trunc('milliseconds', clock_timestamp())`)

/** "First Last" from the profile JSON, as both front ends show a person. */
export function displayNameOf(usersAlias: string): SQL {
  return sql.raw(
    `trim(concat_ws(' ', ${usersAlias}.profile->>'firstName', ${usersAlias}.profile->>'lastName'))`,
  )
}

/** PostgreSQL unique violation on the named index (PGlite and node-postgres, maybe wrapped). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: string; constraint?: string; message?: string }
    if (candidate.code === '23505') {
      return candidate.constraint === constraint || !!candidate.message?.includes(constraint)
    }
  }
  return false
}
