import { createRequire } from 'node:module'

export const PASSWORD_MIN_LENGTH = 8
// Long enough for any passphrase, short enough that hashing cost stays bounded.
export const PASSWORD_MAX_LENGTH = 128
export const COMMON_PASSWORD_COUNT = 10_000

export type PasswordPolicyCode = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON'

export type PasswordPolicyResult = { ok: true } | { ok: false; code: PasswordPolicyCode }

type LanguageCommon = typeof import('@zxcvbn-ts/language-common')

let commonPasswords: Set<string> | undefined

// The dictionary package decompresses ~50k words when loaded, so it is required on the first
// check rather than at import, keeping it out of boot and of processes that never check.
function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url)
    const { dictionary } = require('@zxcvbn-ts/language-common') as LanguageCommon
    // The list is ranked by frequency, so its head is the most common passwords.
    const ranked = dictionary['passwords-common'].slice(0, COMMON_PASSWORD_COUNT)
    commonPasswords = new Set(ranked.map((password) => password.toLowerCase()))
  }
  return commonPasswords
}

/** NIST SP 800-63B rules: length bounds and a blocklist, no composition rules. */
export function checkPasswordPolicy(password: string): PasswordPolicyResult {
  // Same normalisation as the hasher, so full-width "ｐａｓｓｗｏｒｄ" is the common word it hashes as.
  const normalized = password.normalize('NFKC')
  // Characters as people count them, not UTF-16 units.
  const length = [...normalized].length
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: 'PASSWORD_TOO_SHORT' }
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: 'PASSWORD_TOO_LONG' }
  if (loadCommonPasswords().has(normalized.toLowerCase())) {
    return { ok: false, code: 'PASSWORD_TOO_COMMON' }
  }
  return { ok: true }
}
