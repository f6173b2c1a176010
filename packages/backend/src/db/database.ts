import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema/index.ts'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

/** Raw SQL access for the few places below Drizzle: migrations, pg-boss, readiness. */
export interface RawSql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>
  /** Runs a parameterless, possibly multi-statement script; answers the last statement's rows. */
  exec(script: string): Promise<Record<string, unknown>[]>
}

export interface Database extends RawSql {
  kind: 'pglite' | 'postgres'
  db: Db
  /** Runs `work` on one connection inside BEGIN/COMMIT (ROLLBACK on throw). */
  transaction<T>(work: (sql: RawSql) => Promise<T>): Promise<T>
  close(): Promise<void>
}
