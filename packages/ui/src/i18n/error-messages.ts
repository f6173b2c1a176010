import type { BaseErrorCode } from '@yektayar/shared'

/**
 * Codes the client itself produces: a request that never got an answer, and an error we have
 * no text for.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN'

/** Feature codes the sign-in flow shows; base codes come from the shared contract. */
export type AuthErrorCode = 'OTP_INVALID' | 'OTP_EXPIRED'

// Keyed by the shared list, so a new base code fails type checking until both languages
// have a sentence for it.
export type ErrorMessages = Record<
  BaseErrorCode | AuthErrorCode | ClientErrorCode | 'title',
  string
>
