import type { BrowserContext } from 'playwright-core'
import { expect } from 'vitest'
import { codeSentAfter } from './sign-in.ts'
import { totpCode } from './totp.ts'

export const ADMIN_EMAIL = 'admin@demo.yektayar.ir'

export interface ApiSession {
  token: string
}

/** A JSON call to the API, as a bearer-token client; anything but 2xx fails the journey. */
export async function api<T>(
  origin: string,
  path: string,
  init: RequestInit & { token?: string } = {},
) {
  const headers = new Headers(init.headers)
  if (typeof init.body === 'string') headers.set('content-type', 'application/json')
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  const response = await fetch(`${origin}/api/v1${path}`, { ...init, headers })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

/** A person signed in by code through the API (the sign-in screens have journeys of their own). */
export async function signInByApi(origin: string, identifier: string): Promise<ApiSession> {
  const sent = Date.now()
  await api(origin, '/auth/send-otp', { method: 'POST', body: JSON.stringify({ identifier }) })
  const code = await codeSentAfter(origin, identifier, sent)
  return api<ApiSession>(origin, '/auth/verify-otp', {
    method: 'POST',
    body: JSON.stringify({ identifier, code }),
  })
}

/**
 * The demo admin signs in in this browser context and enrols an authenticator (the secret read
 * as an app would), as the panel asks of staff before anything else; the session then opens it.
 * Enrolment changes the demo admin for good, so journeys doing this run a backend of their own.
 */
export async function adminWithTwoStep(context: BrowserContext, origin: string) {
  const request = context.request
  const sent = Date.now()
  await request.post(`${origin}/api/v1/auth/send-otp`, { data: { identifier: ADMIN_EMAIL } })
  const code = await codeSentAfter(origin, ADMIN_EMAIL, sent)
  const signIn = await request.post(`${origin}/api/v1/auth/verify-otp`, {
    data: { identifier: ADMIN_EMAIL, code },
  })
  expect(signIn.status(), await signIn.text()).toBe(200)
  // Cookie-authenticated writes echo the readable CSRF cookie, as the app does.
  const csrf = (await context.cookies(origin)).find((cookie) => cookie.name === 'yy_csrf')
  const headers = { 'x-csrf-token': csrf?.value ?? '' }
  const setup = await request.post(`${origin}/api/v1/auth/totp/setup`, { headers })
  expect(setup.status(), await setup.text()).toBe(200)
  const { secret } = (await setup.json()) as { secret: string }
  const enable = await request.post(`${origin}/api/v1/auth/totp/enable`, {
    headers,
    data: { code: totpCode(secret) },
  })
  expect(enable.status(), await enable.text()).toBe(200)
}
