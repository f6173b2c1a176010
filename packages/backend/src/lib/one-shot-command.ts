import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type Config, ConfigError } from '../config/config.ts'
import { openDatabase } from '../db/open-database.ts'

// What the operator commands (`npm run admin:create`, `npm run notes:rotate-keys`) share: they
// run once against the server's existing database and end the process with their own code.

/** Opens the server's database, refusing a DATA_DIR that holds none. */
export function openExistingDatabase(config: Config) {
  // Opening PGlite creates its folder: a mistyped DATA_DIR must not become an empty database.
  const folder = resolve(config.database.dataDir, 'pglite')
  if (!config.database.url && !existsSync(folder)) {
    throw new ConfigError(`no database at DATA_DIR (${folder}); set DATA_DIR or DATABASE_URL`)
  }
  return openDatabase(config)
}

/** Runs the command and exits with the code it returns; a failure prints `<prefix> failed: …` and exits 1. */
export function runCommand(prefix: string, run: () => Promise<number>): void {
  run().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`${prefix} failed: ${error.message}`)
      process.exit(1)
    },
  )
}
