import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { toLatinDigits } from '@yektayar/shared'
import { Secret, TOTP } from 'otpauth'

/**
 * Staff second factor: RFC 6238 codes from an authenticator app, plus one-time recovery codes
 * for a lost phone. Settings are the ones every authenticator app supports.
 */

export const TOTP_ISSUER = 'YektaYar'
const TOTP_SETTINGS = { issuer: TOTP_ISSUER, algorithm: 'SHA1', digits: 6, period: 30 } as const
const SECRET_BYTES = 20
// RFC 4226 asks for at least 128-bit keys; anything shorter is not a secret we issued.
const MIN_SECRET_BYTES = 16

export interface TotpEnrollment {
  /** Base32; store it (encrypted at rest) and show it for manual entry. */
  secret: string
  /** `otpauth://totp/…` for the QR code. */
  uri: string
}

export function createTotpSecret(label: string): TotpEnrollment {
  const totp = new TOTP({ ...TOTP_SETTINGS, label, secret: new Secret({ size: SECRET_BYTES }) })
  return { secret: totp.secret.base32, uri: totp.toString() }
}

export interface VerifyTotpOptions {
  /** Time steps accepted either side of now, for clock drift. */
  window?: number
  /** Counter returned by the last successful check; that code and older ones are replays. */
  lastUsedCounter?: number | null
  /** Milliseconds since the epoch; defaults to now. */
  timestamp?: number
}

/**
 * The time-step counter of the accepted code, or null. Callers store the counter and pass it
 * back as `lastUsedCounter`, so a code seen once (e.g. shoulder-surfed) cannot be used again.
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: VerifyTotpOptions = {},
): number | null {
  const token = toLatinDigits(code).replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const totp = totpFor(secret)
  if (!totp) return null
  const timestamp = options.timestamp ?? Date.now()
  const delta = totp.validate({ token, timestamp, window: options.window ?? 1 })
  if (delta === null) return null
  const counter = totp.counter({ timestamp }) + delta
  const last = options.lastUsedCounter
  if (last !== undefined && last !== null && counter <= last) return null
  return counter
}

function totpFor(secret: string): TOTP | null {
  try {
    const key = Secret.fromBase32(secret)
    return key.bytes.length >= MIN_SECRET_BYTES ? new TOTP({ ...TOTP_SETTINGS, secret: key }) : null
  } catch {
    return null
  }
}

// Crockford's base32 in lower case: no i, l, o or u, so codes read aloud or copied from paper
// are not misread. 32 symbols, so `byte & 31` picks one without bias.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const RECOVERY_CODE_LENGTH = 10

/** `xxxxx-xxxxx` codes, 50 random bits each: enough that a plain SHA-256 of them is safe. */
export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, generateRecoveryCode)
}

function generateRecoveryCode(): string {
  const symbols = [...randomBytes(RECOVERY_CODE_LENGTH)].map((byte) => RECOVERY_ALPHABET[byte & 31])
  const half = RECOVERY_CODE_LENGTH / 2
  return `${symbols.slice(0, half).join('')}-${symbols.slice(half).join('')}`
}

/** Case, spaces, dashes, Persian digits and Crockford look-alikes do not matter when typed. */
function normalizeRecoveryCode(input: string): string {
  return toLatinDigits(input)
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0')
}

/** SHA-256 hex of the normalised code; store only this. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex')
}

/** Constant-time equality of two hex digests. */
export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

/**
 * Index of the stored hash the code matches, or -1. Every hash is compared, so the time taken
 * does not reveal which (or whether any) position matched.
 */
export function findRecoveryCodeIndex(code: string, storedHashes: readonly string[]): number {
  const candidate = hashRecoveryCode(code)
  let found = -1
  storedHashes.forEach((stored, index) => {
    if (safeEqualHex(candidate, stored) && found === -1) found = index
  })
  return found
}
