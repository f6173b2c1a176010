import type { z } from 'zod'
import { ConfigError } from './config-error.ts'
import { flag, int } from './env-fields.ts'

/** How long sign-ins last, and whether staff must use two-step sign-in. */
export const sessionsEnvShape = {
  SESSION_IDLE_PATIENT_MINUTES: int(30 * 24 * 60, { min: 5 }),
  SESSION_IDLE_STAFF_MINUTES: int(12 * 60, { min: 5 }),
  SESSION_ABSOLUTE_PATIENT_DAYS: int(90, { min: 1 }),
  SESSION_ABSOLUTE_STAFF_DAYS: int(7, { min: 1 }),
  /** Always on in production; the setting can only turn it on elsewhere. */
  REQUIRE_STAFF_TOTP: flag().optional(),
  /**
   * Seconds a signed link (a file, a calendar file) stays usable: the Android app's way to show
   * what needs its bearer session in <img>, <video> and plain links. Checked again on every use.
   */
  SIGNED_LINK_SECONDS: int(300, { min: 30, max: 3600 }),
}

type SessionsEnv = z.output<z.ZodObject<typeof sessionsEnvShape>>

export interface SessionsConfig {
  idleMinutes: { patient: number; staff: number }
  absoluteDays: { patient: number; staff: number }
  /**
   * Anyone holding a staff permission must enrol TOTP before anything else: always in
   * production, and where REQUIRE_STAFF_TOTP asks for it.
   */
  requireStaffTotp: boolean
  /** How long a signed link is valid (modules/sessions/session-link.ts). */
  signedLinkMs: number
}

export function sessionsConfigOf(env: SessionsEnv, isProduction: boolean): SessionsConfig {
  // An SMS code alone must never open clinical notes in production; saying otherwise is a
  // mistake worth stopping for, not a wish to honour quietly.
  if (isProduction && env.REQUIRE_STAFF_TOTP === false) {
    throw new ConfigError(
      'REQUIRE_STAFF_TOTP cannot be false in production: staff always enrol TOTP there (unset it)',
    )
  }
  return {
    idleMinutes: {
      patient: env.SESSION_IDLE_PATIENT_MINUTES,
      staff: env.SESSION_IDLE_STAFF_MINUTES,
    },
    absoluteDays: {
      patient: env.SESSION_ABSOLUTE_PATIENT_DAYS,
      staff: env.SESSION_ABSOLUTE_STAFF_DAYS,
    },
    requireStaffTotp: isProduction || env.REQUIRE_STAFF_TOTP === true,
    signedLinkMs: env.SIGNED_LINK_SECONDS * 1000,
  }
}
