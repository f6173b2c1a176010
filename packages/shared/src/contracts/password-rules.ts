// The password rule, one copy for the server that enforces it and the form that explains it
// (zod-free and estimator-free: each side brings its own zxcvbn-ts).

/** OWASP ASVS 4 V2.1.1: at least 12 characters, any characters (Persian included). */
export const PASSWORD_MIN_LENGTH = 12
/** Long enough for any passphrase, short enough that hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 128
/** zxcvbn's "safely unguessable" (fewer than 10^10 guesses is below it). */
export const PASSWORD_MIN_SCORE = 3
/**
 * zxcvbn's repeat matcher is superlinear: 24 characters of "a9a9…" cost 15–35 ms of CPU, 128
 * cost 200 ms. The first 16 characters (≤ 13 ms) decide: a guessable start is not rescued by
 * what follows it, so this only errs towards refusing.
 */
export const PASSWORD_ESTIMATED_CHARACTERS = 16

export type PasswordPolicyCode =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_WEAK'

/** What judgePassword needs of zxcvbn-ts, loaded however the caller can afford. */
export interface PasswordEstimator {
  /** On the shipped list of common and breached passwords (given lower-cased). */
  isCommon(lowerCased: string): boolean
  /** zxcvbn's score, 0 to 4. */
  score(password: string): number
}

/** The password as it is hashed: NFKC, so full-width "ｐａｓｓｗｏｒｄ" is the common word. */
export const normalizePassword = (password: string) => password.normalize('NFKC')

/** Characters as people count them, not UTF-16 units. */
export const passwordLength = (password: string) => [...normalizePassword(password)].length

/**
 * NIST SP 800-63B and ASVS V2.1: length bounds, a blocklist and a guessability estimate, no
 * composition rules. Returns why the password is refused, or null when it is accepted.
 */
export function judgePassword(
  password: string,
  estimator: PasswordEstimator,
): PasswordPolicyCode | null {
  const characters = [...normalizePassword(password)]
  if (characters.length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT'
  if (characters.length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG'
  if (estimator.isCommon(characters.join('').toLowerCase())) return 'PASSWORD_TOO_COMMON'
  const estimated = characters.slice(0, PASSWORD_ESTIMATED_CHARACTERS).join('')
  return estimator.score(estimated) < PASSWORD_MIN_SCORE ? 'PASSWORD_TOO_WEAK' : null
}
