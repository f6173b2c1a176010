// `npm run admin:create -- <phone or email>`: makes an existing account an admin (the admins
// group), audited. How the first admin of a production database comes to be; run it with the
// server's environment. In production the new admin enrols TOTP at their next request.
import { ConfigError, loadConfig } from './config/config.ts'
import { grantAdmin } from './grant-admin.ts'
import { openExistingDatabase, runCommand } from './lib/one-shot-command.ts'
import { prepareDatabase } from './seed/prepare-database.ts'

const PREFIX = 'admin:create:'

async function run(): Promise<number> {
  const identifier = process.argv[2]
  if (!identifier) throw new ConfigError('usage: npm run admin:create -- <phone or email>')
  const config = loadConfig()
  const database = await openExistingDatabase(config)
  try {
    await prepareDatabase(database)
    const { userId } = await grantAdmin(database.db, identifier)
    console.log(`${PREFIX} ${identifier} (user ${userId}) is in the admins group`)
    return 0
  } finally {
    await database.close()
  }
}

runCommand(PREFIX, run)
