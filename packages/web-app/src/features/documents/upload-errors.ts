/** Upload failures the page names; any other code gets the general sentence. */
const NAMED = new Set([
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_QUOTA_EXCEEDED',
  'FILE_UNREADABLE',
  'NETWORK_ERROR',
  'RATE_LIMITED',
])

/**
 * An iPhone's photo in its default format. The server refuses HEIC (its image library cannot
 * decode it), so such a file is refused before it is sent, with a way out rather than a no.
 */
export function looksLikeHeic(file: File): boolean {
  return /^image\/hei[cf]/i.test(file.type) || /\.hei[cf]$/i.test(file.name)
}

export function uploadErrorKey(code: string | null, file: File): string {
  if (code === 'FILE_TYPE_NOT_ALLOWED' && looksLikeHeic(file)) return 'documents.upload.errors.heic'
  return `documents.upload.errors.${code && NAMED.has(code) ? code : 'other'}`
}

/** Failures that trying again may cure; a file too large or of the wrong type stays so. */
const FINAL = new Set(['FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED', 'FILE_UNREADABLE'])

export const retryable = (code: string | null) => !code || !FINAL.has(code)
