import { createRequire } from 'node:module'
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

/** OWASP ASVS 4 V2.1.1: at least 12 characters, any characters (Persian included). */
export const PASSWORD_MIN_LENGTH = 12
// Long enough for any passphrase, short enough that hashing cost stays bounded.
export const PASSWORD_MAX_LENGTH = 128
/** zxcvbn's "safely unguessable" (fewer than 10^10 guesses is below it), as the form's meter shows. */
export const PASSWORD_MIN_SCORE = 3
// zxcvbn's repeat matcher is superlinear: 24 characters of "a9a9…" cost 15–35 ms of CPU, 128
// cost 200 ms. The first 16 characters (≤ 13 ms) decide: a guessable start is not rescued by
// what follows it, so this only errs towards refusing.
const ESTIMATED_CHARACTERS = 16

export type PasswordPolicyCode =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_WEAK'

export type PasswordPolicyResult = { ok: true } | { ok: false; code: PasswordPolicyCode }

type LanguageCommon = typeof import('@zxcvbn-ts/language-common')
type Core = typeof import('@zxcvbn-ts/core')

interface Checker {
  common: Set<string>
  estimator: ZxcvbnFactory
}

let checker: Checker | undefined

// The dictionaries decompress ~50k words when loaded, so they are required on the first check
// rather than at import, keeping them out of boot and of processes that never check.
function loadChecker(): Checker {
  if (!checker) {
    const require = createRequire(import.meta.url)
    const { dictionary, adjacencyGraphs } = require('@zxcvbn-ts/language-common') as LanguageCommon
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as Core
    checker = {
      // ASVS V2.1.7: the shipped list of common and breached passwords, checked offline.
      common: new Set(dictionary['passwords-common'].map((password) => password.toLowerCase())),
      estimator: new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }),
    }
  }
  return checker
}

/**
 * NIST SP 800-63B and ASVS V2.1: length bounds, a blocklist and a guessability estimate, no
 * composition rules. Repetitions, sequences and keyboard walks ("aaaaaaaaaaaa", "qwertyuiop12")
 * fail the estimate.
 */
export function checkPasswordPolicy(password: string): PasswordPolicyResult {
  // Same normalisation as the hasher, so full-width "ｐａｓｓｗｏｒｄ" is the common word it hashes as.
  const normalized = password.normalize('NFKC')
  // Characters as people count them, not UTF-16 units.
  const characters = [...normalized]
  const length = characters.length
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: 'PASSWORD_TOO_SHORT' }
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: 'PASSWORD_TOO_LONG' }
  const { common, estimator } = loadChecker()
  if (common.has(normalized.toLowerCase())) return { ok: false, code: 'PASSWORD_TOO_COMMON' }
  const estimated = characters.slice(0, ESTIMATED_CHARACTERS).join('')
  if (estimator.check(estimated).score < PASSWORD_MIN_SCORE) {
    return { ok: false, code: 'PASSWORD_TOO_WEAK' }
  }
  return { ok: true }
}
