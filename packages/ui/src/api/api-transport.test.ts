import { afterEach, describe, expect, it, vi } from 'vitest'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { fetchSession } from '../session/api/session.ts'
import { apiFetch } from './api-fetch.ts'
import {
  apiUrl,
  configureApiTransport,
  currentBearerToken,
  rememberSessionToken,
} from './api-transport.ts'

initI18n({ fa: {}, en: {} })

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
  configureApiTransport({ baseUrl: '' })
  // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server clearing the cookie.
  document.cookie = 'yy_csrf=; max-age=0'
})

describe('the web (the default transport)', () => {
  it('asks its own origin with the cookie and the CSRF echo, and keeps no token', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie.
    document.cookie = 'yy_csrf=echo-me'
    const fetchMock = respond(200, {})
    await apiFetch('/api/v1/auth/logout', { method: 'POST' })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/api/v1/auth/logout')
    expect(init?.credentials).toBe('include')
    const headers = new Headers(init?.headers)
    expect(headers.get('x-csrf-token')).toBe('echo-me')
    expect(headers.has('authorization')).toBe(false)
    rememberSessionToken('a-token-the-web-must-not-hold')
    expect(currentBearerToken()).toBeNull()
  })
})

describe('a bearer client (the Android app)', () => {
  const bearerClient = (token: string | null) => {
    const kept: (string | null)[] = []
    configureApiTransport(
      { baseUrl: 'https://api.example/', keepSessionToken: (next) => kept.push(next) },
      token,
    )
    return kept
  }

  it('asks the configured origin with its token, without cookies or CSRF echo', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie.
    document.cookie = 'yy_csrf=echo-me'
    bearerClient('kept-token')
    const fetchMock = respond(200, {})
    await apiFetch('/api/v1/auth/logout', { method: 'POST' })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('https://api.example/api/v1/auth/logout')
    expect(init?.credentials).toBe('omit')
    const headers = new Headers(init?.headers)
    expect(headers.get('authorization')).toBe('Bearer kept-token')
    expect(headers.has('x-csrf-token')).toBe(false)
  })

  it('hands every new token to its keeper, and null at the end of the session', () => {
    const kept = bearerClient(null)
    rememberSessionToken('new-token')
    rememberSessionToken('new-token')
    rememberSessionToken(null)
    expect(kept).toEqual(['new-token', null])
  })

  it('is signed out without a token, and forgets a token the server no longer knows', async () => {
    bearerClient(null)
    const fetchMock = respond(200, {})
    expect(await fetchSession()).toBeNull()
    expect(fetchMock).not.toHaveBeenCalled()

    const kept = bearerClient('revoked-token')
    respond(401, { type: 'about:blank', title: 'UNAUTHORIZED', status: 401, code: 'UNAUTHORIZED' })
    expect(await fetchSession()).toBeNull()
    expect(kept).toEqual([null])
    expect(currentBearerToken()).toBeNull()
  })

  it('leaves absolute URLs alone', () => {
    bearerClient(null)
    expect(apiUrl('https://gateway.example/pay')).toBe('https://gateway.example/pay')
    expect(apiUrl('//elsewhere.example/x')).toBe('//elsewhere.example/x')
  })
})
