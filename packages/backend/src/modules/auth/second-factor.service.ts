import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { openSecret, sealSecret } from '../../lib/secret-box.ts'
import type { AuthDeps } from './auth-deps.ts'
import { advanceCounter, findMfa, unusedRecoveryCodes, useRecoveryCode } from './mfa.repository.ts'
import { checkWithinSecondFactorLimit } from './second-factor-limit.ts'
import { findRecoveryCodeIndex, verifyTotp } from './totp.ts'

type SecondFactorDeps = Pick<AuthDeps, 'db' | 'identity' | 'config'>

export interface SecondFactor {
  totpCode?: string
  recoveryCode?: string
}

const context = (userId: string) => `totp:${userId}`

export function sealTotpSecret(key: Buffer, userId: string, secret: string): string {
  return sealSecret(key, secret, context(userId))
}

export function openTotpSecret(key: Buffer, userId: string, sealed: string | null): string | null {
  return sealed ? openSecret(key, sealed, context(userId)) : null
}

/** Whether this account has an enabled authenticator. */
export async function hasTotp(db: Db, userId: string): Promise<boolean> {
  return Boolean((await findMfa(db, userId))?.totpEnabledAt)
}

/**
 * Checks a TOTP code (once per time step: the counter is stored against replay) or spends one
 * recovery code, under the account's limit of wrong codes. False for anything else.
 */
export function proveSecondFactor(
  deps: SecondFactorDeps,
  userId: string,
  proof: SecondFactor,
  meta: RequestMeta,
): Promise<boolean> {
  const key = deps.config.identity.totpEncryptionKey
  return checkWithinSecondFactorLimit(deps, userId, meta, () =>
    checkProof(deps.db, key, userId, proof),
  )
}

async function checkProof(db: Db, key: Buffer, userId: string, proof: SecondFactor) {
  if (proof.totpCode) {
    const mfa = await findMfa(db, userId)
    const secret = openTotpSecret(key, userId, mfa?.totpSecretEncrypted ?? null)
    if (!secret || !mfa?.totpEnabledAt) return false
    const counter = verifyTotp(secret, proof.totpCode, { lastUsedCounter: mfa.totpLastCounter })
    return counter !== null && (await advanceCounter(db, userId, counter))
  }
  if (proof.recoveryCode) {
    const codes = await unusedRecoveryCodes(db, userId)
    const index = findRecoveryCodeIndex(
      proof.recoveryCode,
      codes.map((code) => code.codeHash),
    )
    const match = codes[index]
    return match !== undefined && (await useRecoveryCode(db, match.id))
  }
  return false
}

/**
 * At sign-in, after the first factor: accounts with TOTP on need one of the two proofs.
 * TOTP_REQUIRED tells the client to ask for it; the first factor's code stays unspent.
 */
export async function requireSecondFactor(
  deps: SecondFactorDeps,
  userId: string,
  proof: SecondFactor,
  meta: RequestMeta,
): Promise<void> {
  if (!(await hasTotp(deps.db, userId))) return
  if (!proof.totpCode && !proof.recoveryCode) throw new AppError('TOTP_REQUIRED', 'second factor')
  if (!(await proveSecondFactor(deps, userId, proof, meta))) {
    throw new AppError('TOTP_INVALID', 'wrong second factor')
  }
}
