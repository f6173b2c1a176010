// `npm run notes:rotate-keys`: re-seals every clinical note under the newest key of
// NOTES_ENCRYPTION_KEYS. Run it with the server's environment after a deploy that put a new key
// first; drop the older keys once it reports none left. See README (Production).
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config/config.ts'
import { openExistingDatabase, runCommand } from './lib/one-shot-command.ts'
import { type RotationSummary, rotateNoteKeys } from './modules/notes/note-key-rotation.ts'

const PREFIX = 'notes:rotate-keys:'

function batchSizeOf(args: string[]): number {
  const { values } = parseArgs({ args, options: { 'batch-size': { type: 'string' } } })
  const size = Number(values['batch-size'] ?? 200)
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    throw new ConfigError('--batch-size must be a whole number from 1 to 10000')
  }
  return size
}

function report(summary: RotationSummary): number {
  const from = Object.entries(summary.rotatedByKey)
    .map(([keyId, count]) => `${count} from ${keyId}`)
    .join(', ')
  console.log(
    `${PREFIX} ${summary.status}: ${summary.rotated} notes re-sealed under ${summary.toKeyId}` +
      `${from ? ` (${from})` : ''}, ${summary.remaining} under older keys remain`,
  )
  if (summary.status === 'interrupted') {
    console.log(`${PREFIX} run it again to go on; every note is readable meanwhile`)
    return 1
  }
  if (summary.remaining > 0) {
    console.error(
      `${PREFIX} notes under older keys remain: does every instance have ${summary.toKeyId} first?`,
    )
    return 1
  }
  console.log(`${PREFIX} every note is under ${summary.toKeyId}; older keys can be removed`)
  return 0
}

async function run(): Promise<number> {
  const batchSize = batchSizeOf(process.argv.slice(2))
  const config = loadConfig()
  const database = await openExistingDatabase(config)
  let stopping = false
  const stop = () => {
    stopping = true
    console.log(`${PREFIX} stopping after the batch in progress`)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    const keys = config.care.notesKeys
    const summary = await rotateNoteKeys(
      { db: database.db, keys },
      {
        batchSize,
        onBatch: ({ rotated, total }) => console.log(`${PREFIX} ${rotated}/${total} re-sealed`),
        shouldStop: () => stopping,
      },
    )
    return report(summary)
  } finally {
    await database.close()
  }
}

runCommand(PREFIX, run)
