import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cookieValue,
  createSignedInUser,
  freshPhone,
  signInThroughApi,
} from '../../../test/auth-fixtures.ts'
import { productionEnv } from '../../../test/production-env.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createSession } from '../sessions/session.service.ts'
import { hashPassword } from './password-hasher.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp({
    env: { RATE_LIMIT_OTP_SEND_PER_IP: '1000', RATE_LIMIT_SIGN_IN_PER_IP: '1000' },
  })
})
afterAll(() => t.close())

const sessionWith = (headers: Record<string, string>, url = '/api/v1/auth/session') =>
  t.app.inject({ url, headers })
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

describe('GET /auth/session', () => {
  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ url: '/api/v1/auth/session' })
    expect(response.statusCode).toBe(401)
    expect(response.json().code).toBe('UNAUTHENTICATED')
  })

  it('describes the session, the user and their permissions', async () => {
    const user = await createSignedInUser(t, 'psychologist')
    const body = (await sessionWith(user.headers)).json()
    expect(body.user).toEqual({ id: user.id, type: 'psychologist' })
    expect(body.session.id).toBe(user.sessionId)
    expect(body.permissions).toContain('notes.read.own')
    expect(body.totpSetupRequired).toBe(false)
  })

  it('never takes the token from the URL', async () => {
    const user = await createSignedInUser(t, 'patient')
    for (const name of ['token', 'access_token', 'yy_session']) {
      const response = await t.app.inject({ url: `/api/v1/auth/session?${name}=${user.token}` })
      expect(response.statusCode).toBe(401)
    }
  })
})

describe('sign-in cookies', () => {
  it('sets an httpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const phone = freshPhone()
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: phone },
    })
    const text = t.app.identity.outbox.list({ to: phone })[0]?.text ?? ''
    const code = /\d{6}/.exec(text)?.[0]
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-otp',
      payload: { identifier: phone, code },
    })
    const cookies = response.headers['set-cookie'] as string[]
    const session = cookies.find((line) => line.startsWith('yy_session='))
    const csrf = cookies.find((line) => line.startsWith('yy_csrf='))
    expect(session).toContain('HttpOnly')
    expect(session).toContain('SameSite=Lax')
    expect(session).toContain('Path=/')
    expect(session).not.toContain('Secure')
    expect(csrf).not.toContain('HttpOnly')
    expect(cookieValue(cookies, 'yy_session')).toBe(response.json().token)
  })

  it('issues a new token at sign-in, never one the client planted (fixation)', async () => {
    const planted = 'A'.repeat(43)
    const signedIn = await signInThroughApi(t, freshPhone(), {})
    expect(signedIn.token).not.toBe(planted)
    const fixed = await sessionWith({ cookie: `yy_session=${planted}` })
    expect(fixed.statusCode).toBe(401)
  })

  it('ends the session a browser already had when it signs in again', async () => {
    const phone = freshPhone()
    const first = await signInThroughApi(t, phone)
    await t.database.query(
      "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
      [phone],
    )
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: phone },
    })
    const code = /\d{6}/.exec(t.app.identity.outbox.list({ to: phone })[0]?.text ?? '')?.[0]
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-otp',
      payload: { identifier: phone, code },
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    })
    expect(again.statusCode).toBe(200)
    expect(again.json().token).not.toBe(first.token)
    expect((await sessionWith(first.headers)).statusCode).toBe(401)
  })
})

describe('logout', () => {
  it('ends the session on the server and clears the cookies', async () => {
    const user = await signInThroughApi(t, freshPhone())
    expect((await sessionWith(user.headers)).statusCode).toBe(200)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: user.headers,
    })
    expect(response.statusCode).toBe(204)
    const cleared = response.headers['set-cookie'] as string[]
    expect(cleared.every((line) => line.includes('Max-Age=0'))).toBe(true)
    expect((await sessionWith(user.headers)).statusCode).toBe(401)
    const audit = await t.database.query(
      "SELECT 1 FROM audit_logs WHERE action = 'auth.signed_out' AND user_id = $1",
      [user.userId],
    )
    expect(audit).toHaveLength(1)
  })
})

describe('CSRF for cookie-authenticated writes', () => {
  it('refuses a cookie-authenticated POST without the x-csrf-token header', async () => {
    const user = await signInThroughApi(t, freshPhone())
    const logout = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })
    const missing = await logout({ cookie: user.cookie })
    expect(missing.statusCode).toBe(403)
    expect(missing.json().code).toBe('CSRF_FAILED')
    const wrong = await logout({ cookie: user.cookie, 'x-csrf-token': 'B'.repeat(43) })
    expect(wrong.json().code).toBe('CSRF_FAILED')
    const other = await signInThroughApi(t, freshPhone())
    const foreign = await logout({ cookie: user.cookie, 'x-csrf-token': other.csrf })
    expect(foreign.json().code).toBe('CSRF_FAILED')
    expect((await sessionWith({ cookie: user.cookie })).statusCode).toBe(200)
    expect((await logout({ cookie: user.cookie, 'x-csrf-token': user.csrf })).statusCode).toBe(204)
  })

  it('does not ask bearer clients for it', async () => {
    const user = await signInThroughApi(t, freshPhone())
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: user.headers,
    })
    expect(response.statusCode).toBe(204)
  })

  it('re-issues the CSRF cookie on GET /auth/session when the browser lost it', async () => {
    const user = await signInThroughApi(t, freshPhone())
    const response = await sessionWith({ cookie: `yy_session=${user.token}` })
    expect(cookieValue(response.headers['set-cookie'], 'yy_csrf')).toBe(user.csrf)
    const kept = await sessionWith({ cookie: user.cookie })
    expect(kept.headers['set-cookie']).toBeUndefined()
  })
})

describe('devices', () => {
  async function secondSession(user: { id: string }) {
    return createSession(t.database.db, t.config.sessions, { userId: user.id, userType: 'patient' })
  }

  it('lists my sessions and revokes one of them at once', async () => {
    const user = await createSignedInUser(t, 'patient')
    const other = await secondSession(user)
    const list = await t.app.inject({ url: '/api/v1/auth/sessions', headers: user.headers })
    const items = list.json().items as { id: string; current: boolean }[]
    expect(items.map((item) => [item.id, item.current]).sort()).toEqual(
      [
        [user.sessionId, true],
        [other.sessionId, false],
      ].sort(),
    )
    // Cached by this request; revocation must still take effect on the very next one.
    expect((await sessionWith(bearer(other.token))).statusCode).toBe(200)
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${other.sessionId}`,
      headers: user.headers,
    })
    expect(revoked.statusCode).toBe(204)
    expect((await sessionWith(bearer(other.token))).statusCode).toBe(401)
    expect((await sessionWith(user.headers)).statusCode).toBe(200)
  })

  it("answers another person's session id like a missing one", async () => {
    const me = await createSignedInUser(t, 'patient')
    const someone = await createSignedInUser(t, 'patient')
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${someone.sessionId}`,
      headers: me.headers,
    })
    expect(response.statusCode).toBe(404)
    expect((await sessionWith(someone.headers)).statusCode).toBe(200)
  })

  it('revokes every other session of mine', async () => {
    const user = await createSignedInUser(t, 'patient')
    const other = await secondSession(user)
    expect((await sessionWith(bearer(other.token))).statusCode).toBe(200)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions/revoke-others',
      headers: user.headers,
    })
    expect(response.json()).toEqual({ revoked: 1 })
    expect((await sessionWith(bearer(other.token))).statusCode).toBe(401)
    expect((await sessionWith(user.headers)).statusCode).toBe(200)
  })
})

describe('session cache', () => {
  it('serves a resolved session from memory for a few seconds', async () => {
    const user = await createSignedInUser(t, 'patient')
    expect((await sessionWith(user.headers)).statusCode).toBe(200)
    // Behind the application's back: only the cache can still answer 200.
    await t.database.query(
      'UPDATE sessions SET revoked_at = now(), is_logged_in = false WHERE id = $1',
      [user.sessionId],
    )
    expect((await sessionWith(user.headers)).statusCode).toBe(200)
    await t.app.identity.invalidation.session(user.sessionId)
    expect((await sessionWith(user.headers)).statusCode).toBe(401)
  })
})

describe('in production', () => {
  let prod: TestApp
  beforeAll(async () => {
    prod = await createTestApp({ env: productionEnv() })
  })
  afterAll(() => prod.close())

  it('marks the cookies Secure', async () => {
    const user = await createSignedInUser(prod, 'patient')
    await prod.database.query('UPDATE users SET password_hash = $1 WHERE id = $2', [
      await hashPassword('kooh-e damavand 5671'),
      user.id,
    ])
    const response = await prod.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: user.phone, password: 'kooh-e damavand 5671' },
    })
    const cookies = response.headers['set-cookie'] as string[]
    expect(cookies).toHaveLength(2)
    for (const line of cookies) expect(line).toContain('Secure')
  })
})
