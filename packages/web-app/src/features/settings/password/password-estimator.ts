import type { PasswordEstimator } from '@yektayar/shared/types'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

// This module is only ever imported dynamically (password-strength.ts): the dictionaries are
// several hundred kilobytes, and nobody should download them before typing a new password.
const common = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })

/** The same estimator the server builds (backend password-policy.ts), from the same lists. */
export const passwordEstimator: PasswordEstimator = {
  isCommon: (lowerCased) => common.has(lowerCased),
  score: (password) => zxcvbn.check(password).score,
}
