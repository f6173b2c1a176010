import { createHash } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { type SQL, sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import type { Db } from './database.ts'

/** Rows of a raw Drizzle query; PGlite and node-postgres both answer `{ rows }`. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[]
  return Array.isArray(result) ? result : result.rows
}

const dialect = new PgDialect()
const statementNames = new Map<string, string>()
const MAX_STATEMENTS = 200

function statementName(text: string): string {
  let name = statementNames.get(text)
  if (!name) {
    name = `yy_q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
    if (statementNames.size < MAX_STATEMENTS) statementNames.set(text, name)
  }
  return name
}

/**
 * queryRows for the hot paths (thread list, sends) with the plan kept between calls: an unnamed
 * query is parsed and planned on every call, which costs about as much as running these. On
 * PostgreSQL it is a named prepared statement (parsed once per pooled connection); on PGlite,
 * SQL-level PREPARE/EXECUTE. Columns must come out as text, numbers, booleans or JSON, since
 * the drivers' own parsers read them here. Inside a transaction it falls back to queryRows.
 */
export async function queryRowsPrepared<Row>(db: Db, query: SQL): Promise<Row[]> {
  const client = (db as { $client?: unknown }).$client
  const { sql: text, params } = dialect.sqlToQuery(query)
  if (client instanceof pg.Pool) {
    const result = await client.query({ name: statementName(text), text, values: params })
    return result.rows as Row[]
  }
  if (client instanceof PGlite) {
    const rows = await executePrepared<Row>(client, text, params)
    if (rows) return rows
  }
  return queryRows<Row>(db, query)
}

const preparedOn = new WeakMap<PGlite, Set<string>>()

/**
 * EXECUTE takes no bound parameters, so they are written into it as literals, but only values
 * that need no escaping (numbers, booleans, null, strings without quotes or backslashes:
 * ids, times, keys); anything else, such as message text, answers undefined and goes unprepared.
 */
async function executePrepared<Row>(client: PGlite, text: string, params: unknown[]) {
  const literals = params.map(literalOf)
  if (literals.some((literal) => literal === undefined)) return undefined
  const name = statementName(text)
  const prepared = preparedOn.get(client) ?? new Set<string>()
  preparedOn.set(client, prepared)
  if (!prepared.has(name)) {
    // A statement PostgreSQL cannot prepare on its own (untyped parameters) runs unprepared.
    const ok = await client.exec(`PREPARE ${name} AS ${text}`).then(
      () => true,
      () => false,
    )
    if (!ok) return undefined
    prepared.add(name)
  }
  const args = literals.length > 0 ? `(${literals.join(', ')})` : ''
  return (await client.query<Row>(`EXECUTE ${name}${args}`)).rows
}

function literalOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  const plain = typeof value === 'string' && value.length <= 4000
  if (plain && !value.includes("'") && !value.includes('\\') && !value.includes('\u0000')) {
    return `'${value}'`
  }
  return undefined
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

/** A JS array as one PostgreSQL array literal parameter (both drivers take the text form). */
export function toTextArray(values: string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`
}
