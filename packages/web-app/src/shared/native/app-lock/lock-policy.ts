import type { PinHash } from './pin-hash.ts'

/** The app lock as the person set it in Settings; null while it is off. */
export type LockSettings =
  | { method: 'biometric'; timeoutMs: number }
  | { method: 'pin'; pin: PinHash; timeoutMs: number }

/** Wrong PINs in a row, kept across restarts so killing the app does not reset the count. */
export interface Attempts {
  failures: number
  blockedUntil: number
}

export const NO_ATTEMPTS: Attempts = { failures: 0, blockedUntil: 0 }
/** Tries before the first wait; each further wrong PIN doubles the wait, up to the cap. */
export const FREE_TRIES = 5
const FIRST_WAIT_MS = 30_000
const LONGEST_WAIT_MS = 15 * 60_000
/**
 * After this many wrong PINs the device forgets the session and the lock: whoever holds the
 * phone must sign in again with a code sent to the person's number, which only they receive.
 */
export const TRIES_BEFORE_SIGN_OUT = 10

export const LOCK_TIMEOUTS_MS = [0, 60_000, 5 * 60_000] as const

export function afterFailure(attempts: Attempts, now: number): Attempts {
  const failures = attempts.failures + 1
  if (failures < FREE_TRIES) return { failures, blockedUntil: 0 }
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS)
  return { failures, blockedUntil: now + wait }
}

/** Milliseconds before another PIN may be tried; 0 when one may be tried now. */
export function waitBeforeTrying(attempts: Attempts, now: number): number {
  return Math.max(0, attempts.blockedUntil - now)
}

/** Coming back to the app: locked again once it was away longer than the chosen timeout. */
export function locksOnReturn(settings: LockSettings | null, awaySince: number, now: number) {
  return settings !== null && now - awaySince >= settings.timeoutMs
}
