import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { drizzle } from 'drizzle-orm/pglite'
import type { Database, RawSql } from './database.ts'
import { oneStatementPerTurn } from './pglite-turns.ts'
import * as schema from './schema/index.ts'

/** The extensions the migrations create; every PGlite of ours opens with them. */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm }

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined keeps everything in memory (tests);
 * `loadDataDir` starts it from a dump of another's data directory (tests start migrated).
 */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  return pgliteDatabase(
    await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS, loadDataDir }),
  )
}

/** The Database interface over an open PGlite client. */
export function pgliteDatabase(client: PGlite): Database {
  oneStatementPerTurn(client)
  const raw = pgliteRaw(client)
  return {
    kind: 'pglite',
    db: drizzle(client, { schema }),
    ...raw,
    transaction: (work) => client.transaction((tx) => work(pgliteRaw(tx))),
    close: () => client.close(),
  }
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'>

function pgliteRaw(client: PgliteLike): RawSql {
  return {
    async query<Row>(text: string, params?: unknown[]) {
      const result = await client.query<Row>(text, params)
      return result.rows
    },
    async exec(script: string) {
      const results = await client.exec(script)
      return results.at(-1)?.rows ?? []
    },
  }
}
