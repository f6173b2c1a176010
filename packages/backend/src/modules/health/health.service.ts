import type { RawSql } from '../../db/database.ts'

const READINESS_TIMEOUT_MS = 2_000

/** Ready means the database answers within two seconds. */
export async function checkReadiness(database: RawSql) {
  const ping = database.query('SELECT 1')
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('readiness timeout')), READINESS_TIMEOUT_MS).unref()
  })
  try {
    await Promise.race([ping, timeout])
    return { status: 'ready', database: 'up' } as const
  } catch {
    ping.catch(() => {})
    return { status: 'unavailable', database: 'down' } as const
  }
}
