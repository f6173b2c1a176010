import { z } from 'zod'
import { toLatinDigits } from '../identifiers.ts'

/** Six digits as typed (Persian or Arabic-Indic digits and spaces allowed) → ASCII digits. */
export const otpCodeSchema = z
  .string()
  .max(20)
  .transform((input) => toLatinDigits(input).replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'OTP_INVALID'))

export const totpCodeSchema = z
  .string()
  .max(20)
  .transform((input) => toLatinDigits(input).replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'TOTP_INVALID'))

/** `xxxxx-xxxxx` as printed; case, spaces and dashes do not matter. */
export const recoveryCodeSchema = z.string().trim().min(8).max(30)
