import { toLatinDigits } from '../format/digits.ts'

/** A current authenticator code or one unused recovery code proves the second factor. */
export type SecondFactorProof = { totpCode: string } | { recoveryCode: string }

/**
 * Six digits (Persian digits and spaces allowed) are an app code; anything of recovery-code
 * length is taken as a recovery code; less is neither.
 */
export function proofOf(typed: string): SecondFactorProof | null {
  const digits = toLatinDigits(typed).replace(/\s/g, '')
  if (/^\d{6}$/.test(digits)) return { totpCode: digits }
  const recovery = typed.trim()
  return recovery.length >= 8 ? { recoveryCode: recovery } : null
}
