// `npm run pglite:export -- <file.tar.gz>` and `npm run pglite:import -- <file.tar.gz>`: the
// embedded PGlite database (DATA_DIR/pglite) as one archive, for demos and small installs without
// PostgreSQL. Stop the app first: PGlite is one process's database. The archive is PGlite's own
// data-directory dump (dumpDataDir), readable by the same PGlite major version; to move to
// PostgreSQL, dump with pg_dump from a PGlite socket server instead (docs/DEPLOYMENT.md). Import
// refuses a DATA_DIR that already holds a database. Uploaded files (DATA_DIR/files) are plain
// files: copy them alongside.
import { existsSync, mkdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { ConfigError, loadConfig } from './config/config.ts'
import { PGLITE_EXTENSIONS } from './db/open-pglite.ts'
import { runCommand } from './lib/one-shot-command.ts'

const PREFIX = 'pglite:'

async function run(): Promise<number> {
  const [action, file] = process.argv.slice(2)
  if ((action !== 'export' && action !== 'import') || !file) {
    throw new ConfigError('usage: pglite-archive export|import <file.tar.gz>')
  }
  const config = loadConfig()
  if (config.database.url) throw new ConfigError('DATABASE_URL is set: use pg_dump / pg_restore')
  const folder = resolve(config.database.dataDir, 'pglite')
  if (action === 'export') {
    if (!existsSync(folder)) throw new ConfigError(`no database at ${folder}`)
    const client = await PGlite.create(folder, { extensions: PGLITE_EXTENSIONS })
    try {
      const archive = await client.dumpDataDir('gzip')
      await writeFile(file, Buffer.from(await archive.arrayBuffer()))
      console.log(`${PREFIX} ${folder} exported to ${file} (${archive.size} bytes)`)
    } finally {
      await client.close()
    }
    return 0
  }
  if (existsSync(folder)) {
    throw new ConfigError(`${folder} exists: move it aside before importing into it`)
  }
  const loadDataDir = new Blob([await readFile(file)])
  mkdirSync(resolve(config.database.dataDir), { recursive: true })
  const client = await PGlite.create(folder, { extensions: PGLITE_EXTENSIONS, loadDataDir })
  try {
    const [row] = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows
    console.log(`${PREFIX} ${file} imported into ${folder} (${row?.n ?? 0} users)`)
  } finally {
    await client.close()
  }
  return 0
}

runCommand(PREFIX, run)
