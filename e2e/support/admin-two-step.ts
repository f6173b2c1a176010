import type { BrowserContext } from 'playwright-core'
import { expect } from 'vitest'
import { codeSentAfter } from './sign-in.ts'
import { totpCode } from './totp.ts'

/** The demo admin of SEED_DEMO; two-step sign-in is required of them before anything else. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.yektayar.ir'

/**
 * The demo admin signs in in this browser context and enrols an authenticator (the secret read
 * as an app would), as the panel asks of staff before anything else; the session then opens it.
 * Enrolment changes the demo admin for every later journey, so only a journey with a backend of
 * its own may call this.
 */
export async function adminWithTwoStep(context: BrowserContext, origin: string) {
  const request = context.request
  const sent = Date.now()
  await request.post(`${origin}/api/v1/auth/send-otp`, { data: { identifier: DEMO_ADMIN_EMAIL } })
  const code = await codeSentAfter(origin, DEMO_ADMIN_EMAIL, sent)
  const signIn = await request.post(`${origin}/api/v1/auth/verify-otp`, {
    data: { identifier: DEMO_ADMIN_EMAIL, code },
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
