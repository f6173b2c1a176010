import type { ErrorMessages } from './error-messages.ts'

/** English text for each stable API error `code`, plus the client-side cases. */
export const errorMessagesEn: ErrorMessages = {
  title: 'Something went wrong',
  UNKNOWN: 'Something went wrong. Please try again.',
  NETWORK_ERROR: 'We could not reach the server. Check your internet connection.',
  VALIDATION_FAILED: 'Some of the information you entered is not right.',
  MALFORMED_JSON: 'The request could not be read. Please try again.',
  BAD_REQUEST: 'The request is not valid.',
  IDENTIFIER_INVALID: 'That is not a valid mobile number or email.',
  UNAUTHENTICATED: 'Please sign in first.',
  SESSION_EXPIRED: 'Your session has ended; please sign in again.',
  CSRF_FAILED: 'The request could not be verified. Reload the page.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'We could not find what you were looking for.',
  METHOD_NOT_ALLOWED: 'This request is not supported.',
  NOT_ACCEPTABLE: 'This request is not supported.',
  CONFLICT: 'This conflicts with the current state. Refresh the page.',
  PAYLOAD_TOO_LARGE: 'What you sent is larger than allowed.',
  UNSUPPORTED_MEDIA_TYPE: 'That type of file or data is not supported.',
  UNPROCESSABLE: 'This request cannot be completed.',
  RATE_LIMITED: 'Too many attempts. Wait a little and try again.',
  INTERNAL: 'Something went wrong on our side. Please try again shortly.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
  OTP_INVALID: 'That code is not right.',
  OTP_EXPIRED: 'This code has expired. Ask for a new one.',
}
