/** SQLSTATE of an EXCLUDE constraint refusing a row: here, an overlapping appointment. */
const EXCLUSION_VIOLATION = '23P01'

/** Drizzle wraps driver errors (DrizzleQueryError.cause); look through the chain. */
export function isExclusionViolation(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === EXCLUSION_VIOLATION) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
