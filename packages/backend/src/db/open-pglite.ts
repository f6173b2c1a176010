import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { drizzle } from 'drizzle-orm/pglite'
import type { Database, RawSql } from './database.ts'
import { oneStatementPerTurn } from './pglite-turns.ts'
import * as schema from './schema/index.ts'

/** Embedded PostgreSQL (WASM). `dataDir` undefined keeps everything in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const client = await PGlite.create(dataDir, { extensions: { btree_gist, pg_trgm } })
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
