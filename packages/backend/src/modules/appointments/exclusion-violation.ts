import { hasSqlState } from '../../db/sql-state.ts'

/** SQLSTATE of an EXCLUDE constraint refusing a row: here, an overlapping appointment. */
const EXCLUSION_VIOLATION = '23P01'

export function isExclusionViolation(error: unknown): boolean {
  return hasSqlState(error, EXCLUSION_VIOLATION)
}
