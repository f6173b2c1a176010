import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, freshPhone, signInThroughApi } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { resolveSession } from '../sessions/session.service.ts'

/** Issue 20, sign-in: staff idle out sooner than patients; anyone can sign out everywhere. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const HOUR = 60 * 60 * 1000

describe('staff sessions', () => {
  it('idle out sooner than patients, and say when', async () => {
    const { idleMinutes } = t.config.sessions
    expect(idleMinutes.staff).toBeLessThan(idleMinutes.patient)
    const admin = await createSignedInUser(t, 'admin')
    const patient = await createSignedInUser(t, 'patient')
    const info = (user: typeof admin) =>
      t.app.inject({ url: '/api/v1/auth/session', headers: user.headers })
    expect((await info(admin)).json().session.idleMinutes).toBe(idleMinutes.staff)
    expect((await info(patient)).json().session.idleMinutes).toBe(idleMinutes.patient)
    const pastStaffIdle = new Date(Date.now() + idleMinutes.staff * 60_000 + HOUR)
    const { db } = t.database
    expect(await resolveSession(db, t.config.sessions, admin.token, pastStaffIdle)).toBeNull()
    expect(await resolveSession(db, t.config.sessions, patient.token, pastStaffIdle)).not.toBeNull()
  })
})

describe('sign out everywhere', () => {
  it('ends every session of the account, this one included, and clears the cookies', async () => {
    const phone = freshPhone()
    const first = await signInThroughApi(t, phone)
    await t.database.query(
      "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
      [phone],
    )
    const second = await signInThroughApi(t, phone)
    const other = await createSignedInUser(t, 'patient')
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    })
    expect(out.statusCode).toBe(200)
    expect(out.json()).toEqual({ revoked: 2 })
    expect(String(out.headers['set-cookie'])).toMatch(/yy_session=;/)
    for (const user of [first, second]) {
      const session = await t.app.inject({ url: '/api/v1/auth/session', headers: user.headers })
      expect(session.statusCode).toBe(401)
    }
    const untouched = await t.app.inject({ url: '/api/v1/auth/session', headers: other.headers })
    expect(untouched.statusCode).toBe(200)
    const [row] = await t.database.query<{ changes: { sessionIds: string[] } }>(
      "SELECT changes FROM audit_logs WHERE action = 'auth.signed_out_everywhere' AND user_id = $1",
      [first.userId],
    )
    expect(row?.changes.sessionIds.sort()).toEqual([first.sessionId, second.sessionId].sort())
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere' })
    expect(anonymous.statusCode).toBe(401)
  })
})
