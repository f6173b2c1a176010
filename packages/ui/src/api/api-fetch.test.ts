import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { ApiError } from './api-error.ts'
import { apiFetch } from './api-fetch.ts'

initI18n({ fa: {}, en: {} })

function respond(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': contentType },
      }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(async () => {
  vi.unstubAllGlobals()
  await i18n.changeLanguage('fa')
})

describe('apiFetch', () => {
  it('sends JSON with the session cookie and the current language', async () => {
    await i18n.changeLanguage('en')
    const fetchMock = respond(200, { sent: true })

    const result = await apiFetch<{ sent: boolean }>('/api/v1/auth/send-otp', {
      method: 'POST',
      body: { identifier: '09121234567' },
    })

    expect(result).toEqual({ sent: true })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/api/v1/auth/send-otp')
    expect(init?.credentials).toBe('include')
    expect(init?.body).toBe('{"identifier":"09121234567"}')
    const headers = new Headers(init?.headers)
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.get('Accept-Language')).toBe('en')
  })

  it('echoes the yy_csrf cookie in x-csrf-token on writes only', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the cookie.
    document.cookie = 'yy_csrf=csrf-value-123; path=/'
    const fetchMock = respond(200, {})

    await apiFetch('/api/v1/users/me', { method: 'PATCH', body: {} })
    await apiFetch('/api/v1/users/me')

    const headersOf = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers)
    expect(headersOf(0).get('x-csrf-token')).toBe('csrf-value-123')
    expect(headersOf(1).get('x-csrf-token')).toBeNull()
    // biome-ignore lint/suspicious/noDocumentCookie: and removes it again.
    document.cookie = 'yy_csrf=; max-age=0; path=/'
  })

  it('turns a problem+json answer into an ApiError carrying its fields', async () => {
    respond(
      400,
      {
        type: 'https://yektayar.ir/problems/otp-invalid',
        title: 'Invalid code',
        status: 400,
        code: 'OTP_INVALID',
        detail: 'کد واردشده درست نیست.',
      },
      'application/problem+json',
    )

    const error = await apiFetch('/api/v1/auth/verify-otp', { method: 'POST', body: {} }).catch(
      (caught: unknown) => caught,
    )

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'OTP_INVALID',
      title: 'Invalid code',
      detail: 'کد واردشده درست نیست.',
      type: 'https://yektayar.ir/problems/otp-invalid',
    })
  })

  it('keeps field errors of a validation problem', async () => {
    const errors = [{ path: 'body.identifier', message: 'IDENTIFIER_INVALID' }]
    respond(400, {
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors,
    })

    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors })
  })

  it('gives a non-problem failure from a proxy the code its status implies', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html')

    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({
      status: 502,
      code: 'SERVICE_UNAVAILABLE',
    })
  })

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
  })

  it('returns undefined for 204 No Content', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 204 })))

    await expect(apiFetch('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined()
  })
})
