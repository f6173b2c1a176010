import type { BrowserContext } from 'playwright-core'
import { expect } from 'vitest'
import { codeSentAfter } from './sign-in.ts'
import { totpCode } from './totp.ts'

export const ADMIN_EMAIL = 'admin@demo.yektayar.ir'

/**
 * The demo admin signs in by emailed code in this browser context, adding `secondFactor` once
 * they have one; the answer's cookies are the context's session. The CSRF header for further
 * cookie-authenticated writes is returned, as the app would echo the readable cookie.
 */
async function signInByCode(
  context: BrowserContext,
  origin: string,
  secondFactor: { recoveryCode?: string } = {},
) {
  const request = context.request
  const sent = Date.now()
  await request.post(`${origin}/api/v1/auth/send-otp`, { data: { identifier: ADMIN_EMAIL } })
  const code = await codeSentAfter(origin, ADMIN_EMAIL, sent)
  const signIn = await request.post(`${origin}/api/v1/auth/verify-otp`, {
    data: { identifier: ADMIN_EMAIL, code, ...secondFactor },
  })
  expect(signIn.status(), await signIn.text()).toBe(200)
  const csrf = (await context.cookies(origin)).find((cookie) => cookie.name === 'yy_csrf')
  return { 'x-csrf-token': csrf?.value ?? '' }
}

/**
 * The demo admin signs in in this browser context and enrols an authenticator (the secret read
 * as an app would), as the panel asks of staff before anything else; the session then opens it.
 * Journeys that do this run a backend of their own, so the demo admin of the shared one stays
 * unenrolled (first-start checks that the panel asks for it). Answers the recovery codes the
 * enrolment issued.
 */
export async function adminWithTwoStep(context: BrowserContext, origin: string): Promise<string[]> {
  const request = context.request
  const headers = await signInByCode(context, origin)
  const setup = await request.post(`${origin}/api/v1/auth/totp/setup`, { headers })
  expect(setup.status(), await setup.text()).toBe(200)
  const { secret } = (await setup.json()) as { secret: string }
  const enable = await request.post(`${origin}/api/v1/auth/totp/enable`, {
    headers,
    data: { code: totpCode(secret) },
  })
  expect(enable.status(), await enable.text()).toBe(200)
  const { recoveryCodes } = (await enable.json()) as { recoveryCodes: string[] }
  return recoveryCodes
}

/**
 * The demo admin of one backend, for a file whose tests each sign in in a context of their own
 * and may run in any order (or alone): the first sign-in enrols two-step sign-in, each later one
 * spends a recovery code of that enrolment. Not a second TOTP code: one is accepted once per
 * 30 s step, so a sign-in in the same step as the enrolment would be refused.
 */
export function twoStepAdmin(origin: string) {
  let recoveryCodes: string[] | undefined
  return {
    async signIn(context: BrowserContext): Promise<void> {
      if (!recoveryCodes) {
        recoveryCodes = await adminWithTwoStep(context, origin)
        return
      }
      const recoveryCode = recoveryCodes.shift()
      if (!recoveryCode) throw new Error('the demo admin has no recovery code left')
      await signInByCode(context, origin, { recoveryCode })
    },
  }
}
