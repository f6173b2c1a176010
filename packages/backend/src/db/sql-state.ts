/** SQLSTATE PostgreSQL gives the transaction it aborts to break a lock cycle. */
const DEADLOCK_DETECTED = '40P01'

/** Whether a database error (or one it wraps, as DrizzleQueryError.cause does) has this SQLSTATE. */
export function hasSqlState(error: unknown, code: string): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === code) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock: the documented
 * remedy, and the other transaction has moved on by then. Concurrent inserts checked by one
 * EXCLUDE constraint deadlock this way when each waits for the other's row.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= attempts || !hasSqlState(error, DEADLOCK_DETECTED)) throw error
    }
  }
}
