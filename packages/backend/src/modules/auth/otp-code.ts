import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** Six uniformly random digits from the CSPRNG. */
export function generateOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

export interface OtpBinding {
  identifier: string
  purpose: string
  /** For add-identifier: the account that asked, so nobody else can use the code. */
  userId?: string | null
}

/**
 * HMAC-SHA256 keyed with AUTH_SECRET, never a bare hash: a million possible codes would fall to
 * an offline search of a leaked table in milliseconds. The identifier and purpose are part of the
 * message, so a code only ever matches the row it was sent for.
 */
export function hashOtpCode(secret: string, binding: OtpBinding, code: string): string {
  const message = [binding.purpose, binding.identifier, binding.userId ?? '', code].join('|')
  return createHmac('sha256', secret).update(message).digest('hex')
}

export function otpHashesMatch(stored: string, computed: string): boolean {
  const a = Buffer.from(stored, 'hex')
  const b = Buffer.from(computed, 'hex')
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b)
}
