/**
 * Stable error codes of the API. Both front ends translate these, so a code, once shipped,
 * keeps its meaning. Each code has exactly one HTTP status (see the backend's error plugin).
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  IDENTIFIER_INVALID: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const

export type BaseErrorCode = keyof typeof ERROR_STATUS

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  type: string
  title: string
  status: number
  code: string
  detail?: string
  instance?: string
  errors?: Array<{ path: string; message: string }>
}
