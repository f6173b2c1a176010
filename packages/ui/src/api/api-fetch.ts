import type { Problem } from '@yektayar/shared/types'
import { currentLanguage } from '../i18n/init-i18n.ts'
import { reportReachable, reportUnreachable } from '../offline/connection.ts'
import { ApiError } from './api-error.ts'
import { apiUrl, currentBearerToken, usesBearerToken } from './api-transport.ts'

export interface ApiRequestInit extends Omit<RequestInit, 'body' | 'credentials'> {
  /** Sent as JSON. */
  body?: unknown
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The server sets a readable yy_csrf cookie beside the httpOnly session cookie and refuses
 * cookie-authenticated writes that do not echo it in x-csrf-token (double submit).
 */
export function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined
  const entry = document.cookie.split('; ').find((part) => part.startsWith('yy_csrf='))
  return entry ? decodeURIComponent(entry.slice('yy_csrf='.length)) : undefined
}

/**
 * fetch for our own API: the session cookie goes along (or, in the Android app, the bearer
 * token: api-transport.ts), the body is JSON, the server answers in the reader's language, and
 * every failure becomes an ApiError with a stable `code`.
 */
export async function apiFetch<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
  const { body, headers, ...rest } = init
  const requestHeaders = new Headers(headers)
  requestHeaders.set('Accept', 'application/json, application/problem+json')
  requestHeaders.set('Accept-Language', currentLanguage())
  if (body !== undefined) requestHeaders.set('Content-Type', 'application/json')
  const bearer = currentBearerToken()
  if (bearer) requestHeaders.set('Authorization', `Bearer ${bearer}`)
  // Bearer requests need no CSRF echo: no browser attaches that header by itself.
  const csrf =
    bearer || SAFE_METHODS.has((rest.method ?? 'GET').toUpperCase()) ? undefined : csrfToken()
  if (csrf) requestHeaders.set('x-csrf-token', csrf)

  let response: Response
  try {
    response = await fetch(apiUrl(path), {
      ...rest,
      headers: requestHeaders,
      credentials: usesBearerToken() ? 'omit' : 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (cause) {
    // A cancelled request is not a failure to report; let callers (TanStack Query) see it.
    if (rest.signal?.aborted) throw cause
    reportUnreachable()
    throw new ApiError(clientProblem(0, 'NETWORK_ERROR'), { cause })
  }

  return readApiAnswer<T>(response)
}

/**
 * What apiFetch makes of an answer: its JSON, or an ApiError with the problem's code. For an
 * answer whose request was started elsewhere (a route document's prefetch) the same way.
 */
export async function readApiAnswer<T>(response: Response): Promise<T> {
  reportReachable()
  if (!response.ok) throw new ApiError(await readProblem(response))
  if (response.status === 204 || response.status === 205) return undefined as T
  return (await response.json()) as T
}

async function readProblem(response: Response): Promise<Problem> {
  return problemOf(response.status, await response.json().catch(() => null))
}

/** The failure an answer stands for: its problem+json body, or one made from its status. */
export function problemOf(status: number, body: unknown): Problem {
  if (isProblem(body)) return body
  // A proxy or gateway answered instead of the API (HTML error page, empty 502): keep the
  // status and give it the code the API would have used for it.
  return clientProblem(status, codeForStatus(status))
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false
  const { code, status, title } = body as Record<string, unknown>
  return typeof code === 'string' && typeof status === 'number' && typeof title === 'string'
}

function codeForStatus(status: number): string {
  if (status === 404) return 'NOT_FOUND'
  // A proxy's own body-size limit, before the API could say so.
  if (status === 413) return 'FILE_TOO_LARGE'
  if (status === 429) return 'RATE_LIMITED'
  if (status === 503 || status === 502 || status === 504) return 'SERVICE_UNAVAILABLE'
  if (status >= 500) return 'INTERNAL'
  return 'UNKNOWN'
}

export function clientProblem(status: number, code: string): Problem {
  return { type: 'about:blank', title: code, status, code }
}
