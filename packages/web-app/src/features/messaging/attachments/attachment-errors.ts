/** Upload failures the composer names; any other code gets the general sentence. */
const NAMED = new Set([
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_QUOTA_EXCEEDED',
  'FILE_UNREADABLE',
  'NETWORK_ERROR',
  'RATE_LIMITED',
  'FILE_NOT_USABLE',
])

export const uploadErrorKey = (code: string | null) =>
  `messaging.attachments.errors.${code && NAMED.has(code) ? code : 'other'}`

/** Failures that trying again may cure; a file too large or of the wrong type stays so. */
const FINAL = new Set(['FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED', 'FILE_UNREADABLE'])

export const retryable = (code: string | null) => !code || !FINAL.has(code)
