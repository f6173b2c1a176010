import { createRequire } from 'node:module'
import { judgePassword, type PasswordEstimator, type PasswordPolicyCode } from '@yektayar/shared'
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

export type PasswordPolicyResult = { ok: true } | { ok: false; code: PasswordPolicyCode }

type LanguageCommon = typeof import('@zxcvbn-ts/language-common')
type Core = typeof import('@zxcvbn-ts/core')

let estimator: PasswordEstimator | undefined

// The dictionaries decompress ~50k words when loaded, so they are required on the first check
// rather than at import, keeping them out of boot and of processes that never check.
function loadEstimator(): PasswordEstimator {
  if (!estimator) {
    const require = createRequire(import.meta.url)
    const { dictionary, adjacencyGraphs } = require('@zxcvbn-ts/language-common') as LanguageCommon
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as Core
    // ASVS V2.1.7: the shipped list of common and breached passwords, checked offline.
    const common = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))
    const zxcvbn: ZxcvbnFactory = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
    estimator = {
      isCommon: (lowerCased) => common.has(lowerCased),
      score: (password) => zxcvbn.check(password).score,
    }
  }
  return estimator
}

/**
 * The shared rule (packages/shared password-rules.ts, which the settings form's meter shows):
 * length bounds, a blocklist and a guessability estimate, no composition rules. Repetitions,
 * sequences and keyboard walks ("aaaaaaaaaaaa", "qwertyuiop12") fail the estimate.
 */
export function checkPasswordPolicy(password: string): PasswordPolicyResult {
  // Length is judged before the dictionaries are loaded: a short password never costs that.
  const code = judgePassword(password, {
    isCommon: (word) => loadEstimator().isCommon(word),
    score: (text) => loadEstimator().score(text),
  })
  return code ? { ok: false, code } : { ok: true }
}
