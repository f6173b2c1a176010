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
