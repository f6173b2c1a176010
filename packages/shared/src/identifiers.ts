/**
 * Sign-in identifiers: Iranian mobile numbers and email addresses. People type numbers in
 * Persian or Arabic-Indic digits, with spaces, dashes and country-code variants, so everything
 * is normalised to one stored form (E.164 phones, lower-case emails) before it is compared.
 * No Node or DOM APIs here: the same code runs in the backend and both front ends.
 */

export type IdentifierType = 'phone' | 'email'

export interface Identifier {
  type: IdentifierType
  value: string
}

export const IDENTIFIER_INVALID = 'IDENTIFIER_INVALID'

const PERSIAN_ZERO = 0x06f0
const ARABIC_INDIC_ZERO = 0x0660

// Longer inputs cannot be a phone number or a usable email; refusing them early keeps the
// regular expressions below from ever scanning attacker-sized strings.
const MAX_PHONE_INPUT_LENGTH = 40
export const MAX_EMAIL_LENGTH = 254

export function toLatinDigits(input: string): string {
  return input.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0)
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO
    return String(code - zero)
  })
}

/** Latin and Arabic-Indic digits become Persian ones, so fa text never mixes digit shapes. */
export function toPersianDigits(input: string): string {
  return toLatinDigits(input).replace(/[0-9]/g, (digit) =>
    String.fromCharCode(PERSIAN_ZERO + Number(digit)),
  )
}

// Spaces, dashes of every width, parentheses and the invisible direction marks that come along
// when a number is copied out of right-to-left text.
const PHONE_SEPARATORS = /[\s\-\u2010-\u2015\u2212()\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g

// National form 09xx…, bare 9xx…, or a country code (+98, 0098, 98) optionally followed by the
// trunk zero people often keep ("+98 (0)912 …"). Iranian mobiles are 9 plus nine digits.
const IRANIAN_MOBILE = /^(?:(?:\+|00)?980?|0)?(9\d{9})$/

/** Any common spelling of an Iranian mobile number → E.164 (`+989121234567`), else null. */
export function normalizeIranianPhone(input: string): string | null {
  if (input.length > MAX_PHONE_INPUT_LENGTH) return null
  const compact = toLatinDigits(input).replace(PHONE_SEPARATORS, '')
  const national = IRANIAN_MOBILE.exec(compact)?.[1]
  return national ? `+98${national}` : null
}

export interface PhoneSearch {
  /** `exact`: a whole number; `prefix`: its start (0912…, +98912…); `part`: digits anywhere. */
  kind: 'exact' | 'prefix' | 'part'
  /** In the stored form: E.164 for `exact` and `prefix`, bare Latin digits for `part`. */
  value: string
}

// A search typed the way numbers are written down: trunk zero, +98 or 0098 before the rest.
const PHONE_START = /^(?:\+98|0098|0)(\d*)$/

/**
 * A phone number, or part of one, as typed in a search box, in the form numbers are stored, so
 * "0912 123", "+98912123" and "۰۹۱۲۱۲۳" all look for +98912123…; null when it is not digits.
 */
export function phoneSearchOf(input: string): PhoneSearch | null {
  if (input.length > MAX_PHONE_INPUT_LENGTH) return null
  const whole = normalizeIranianPhone(input)
  if (whole) return { kind: 'exact', value: whole }
  const compact = toLatinDigits(input).replace(PHONE_SEPARATORS, '')
  const start = PHONE_START.exec(compact)
  if (start) return { kind: 'prefix', value: `+98${start[1]}` }
  return /^\d+$/.test(compact) ? { kind: 'part', value: compact } : null
}

// zod's own email pattern (z.regexes.email), written out so this file needs no zod; a test
// in identifier-schemas.test.ts keeps the two equal.
export const EMAIL_FORMAT =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/** Trimmed, lower-cased address if it looks deliverable, else null. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase()
  if (email.length > MAX_EMAIL_LENGTH) return null
  return EMAIL_FORMAT.test(email) ? email : null
}

/** An `@` means the person meant an email; anything else is tried as a phone number. */
export function parseIdentifier(input: string): Identifier | null {
  if (input.includes('@')) {
    const email = normalizeEmail(input)
    return email ? { type: 'email', value: email } : null
  }
  const phone = normalizeIranianPhone(input)
  return phone ? { type: 'phone', value: phone } : null
}

/** Enough to recognise one's own identifier in logs and UI, not enough to harvest it. */
export function maskIdentifier(value: string): string {
  const at = value.lastIndexOf('@')
  if (at > 0) return `${value.slice(0, 1)}***${value.slice(at)}`
  const phone = normalizeIranianPhone(value)
  if (phone) return `${phone.slice(0, 6)}***${phone.slice(-4)}`
  return '***'
}
