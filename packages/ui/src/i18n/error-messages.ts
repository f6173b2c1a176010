import type { ErrorCode } from '@yektayar/shared/types'

/**
 * Codes the client itself produces: a request that never got an answer, and an error we have
 * no text for.
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN'

// Keyed by the shared `ErrorCode` union, so a new code fails type checking until both
// languages have a sentence for it.
export type ErrorMessages = Record<ErrorCode | ClientErrorCode | 'title', string>
