import type { BaseErrorCode } from '@yektayar/shared'

/**
 * Codes the client itself produces: a request that never got an answer, and an error we have
 * no text for.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN'

/** Identity codes sign-in and settings show; base codes come from the shared contract. */
export type AuthErrorCode =
  | 'OTP_INVALID'
  | 'OTP_EXPIRED'
  | 'OTP_LOCKED'
  | 'OTP_COOLDOWN'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_INACTIVE'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'CURRENT_PASSWORD_INVALID'
  | 'TOTP_REQUIRED'
  | 'TOTP_INVALID'
  | 'TOTP_ALREADY_ENABLED'
  | 'TOTP_NOT_ENABLED'
  | 'TOTP_NOT_AVAILABLE'

// Keyed by the shared list, so a new base code fails type checking until both languages
// have a sentence for it.
export type ErrorMessages = Record<
  BaseErrorCode | AuthErrorCode | ClientErrorCode | 'title',
  string
>
