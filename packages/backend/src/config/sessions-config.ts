import type { z } from 'zod'
import { flag, int } from './env-fields.ts'

/** How long sign-ins last, and whether staff must use two-step sign-in. */
export const sessionsEnvShape = {
  SESSION_IDLE_PATIENT_MINUTES: int(30 * 24 * 60, { min: 5 }),
  SESSION_IDLE_STAFF_MINUTES: int(12 * 60, { min: 5 }),
  SESSION_ABSOLUTE_PATIENT_DAYS: int(90, { min: 1 }),
  SESSION_ABSOLUTE_STAFF_DAYS: int(7, { min: 1 }),
  REQUIRE_STAFF_TOTP: flag().default(false),
}

type SessionsEnv = z.output<z.ZodObject<typeof sessionsEnvShape>>

export interface SessionsConfig {
  idleMinutes: { patient: number; staff: number }
  absoluteDays: { patient: number; staff: number }
  /** Psychologists and admins must enrol TOTP before anything else (REQUIRE_STAFF_TOTP). */
  requireStaffTotp: boolean
}

export function sessionsConfigOf(env: SessionsEnv): SessionsConfig {
  return {
    idleMinutes: {
      patient: env.SESSION_IDLE_PATIENT_MINUTES,
      staff: env.SESSION_IDLE_STAFF_MINUTES,
    },
    absoluteDays: {
      patient: env.SESSION_ABSOLUTE_PATIENT_DAYS,
      staff: env.SESSION_ABSOLUTE_STAFF_DAYS,
    },
    requireStaffTotp: env.REQUIRE_STAFF_TOTP,
  }
}
