/** SQLSTATE PostgreSQL gives the transaction it aborts to break a lock cycle. */
const DEADLOCK_DETECTED = '40P01'

/** The SQLSTATE of each constraint a repository may turn into a result. */
const CONSTRAINT_STATES = {
  unique: '23505',
  exclusion: '23P01',
  foreign_key: '23503',
} as const

export type ConstraintKind = keyof typeof CONSTRAINT_STATES

interface DriverError {
  code?: unknown
  constraint?: string
  message?: string
}

/** The driver error with this SQLSTATE, looking through wrappers (DrizzleQueryError.cause). */
function driverErrorOf(error: unknown, code: string): DriverError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as DriverError).code === code) return current as DriverError
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Whether a database error (or one it wraps, as DrizzleQueryError.cause does) has this SQLSTATE. */
export function hasSqlState(error: unknown, code: string): boolean {
  return driverErrorOf(error, code) !== undefined
}

/**
 * Whether `error` is this kind of constraint violation, on the named constraint when one is
 * given (node-postgres reports it in `constraint`, PGlite only in the message).
 */
export function violates(error: unknown, kind: ConstraintKind, constraint?: string): boolean {
  const found = driverErrorOf(error, CONSTRAINT_STATES[kind])
  if (!found || constraint === undefined) return found !== undefined
  return found.constraint === constraint || !!found.message?.includes(constraint)
}

/**
 * A constraint refused the write: what a repository answers instead of throwing, so services
 * decide what a taken slot or a repeated key means without knowing SQLSTATE codes. Inside a
 * transaction the statement has still aborted it; the service must end it (throw) before any
 * other statement.
 */
export class Conflict {
  constructor(
    readonly kind: ConstraintKind,
    readonly constraint?: string,
  ) {}
}

/** The write's answer, or a Conflict when it breaks a constraint of this kind (and name). */
export async function orConflict<T>(
  write: PromiseLike<T>,
  kind: ConstraintKind,
  constraint?: string,
): Promise<T | Conflict> {
  try {
    return await write
  } catch (error) {
    if (violates(error, kind, constraint)) return new Conflict(kind, constraint)
    throw error
  }
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
