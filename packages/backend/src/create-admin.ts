// `npm run admin:create -- <phone or email>`: makes an existing account an admin (the admins
// group), audited. How the first admin of a production database comes to be; run it with the
// server's environment. In production the new admin enrols TOTP at their next request.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError, loadConfig } from './config/config.ts'
import { openDatabase } from './db/open-database.ts'
import { grantAdmin } from './grant-admin.ts'
import { prepareDatabase } from './seed/prepare-database.ts'

const PREFIX = 'admin:create:'

async function run(): Promise<number> {
  const identifier = process.argv[2]
  if (!identifier) throw new ConfigError('usage: npm run admin:create -- <phone or email>')
  const config = loadConfig()
  // Opening PGlite creates its folder: a mistyped DATA_DIR must not become an empty database.
  if (!config.database.url && !existsSync(resolve(config.database.dataDir, 'pglite'))) {
    throw new ConfigError(`no database at DATA_DIR (${config.database.dataDir})`)
  }
  const database = await openDatabase(config)
  try {
    await prepareDatabase(database)
    const { userId } = await grantAdmin(database.db, identifier)
    console.log(`${PREFIX} ${identifier} (user ${userId}) is in the admins group`)
    return 0
  } finally {
    await database.close()
  }
}

run().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`${PREFIX} failed: ${error.message}`)
    process.exit(1)
  },
)
