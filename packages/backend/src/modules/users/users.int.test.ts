import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createSignedInUser,
  freshPhone,
  latestCode,
  type SignedInUser,
  signInThroughApi,
} from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp({
    env: { RATE_LIMIT_OTP_SEND_PER_IP: '1000', RATE_LIMIT_SIGN_IN_PER_IP: '1000' },
  })
})
afterAll(() => t.close())

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const REASON = { reason: 'Asked by the account holder' }
const call = (user: { headers: object }, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.headers as never, payload })

async function addIdentifierCode(user: SignedInUser, identifier: string) {
  await call(user, 'POST', '/auth/send-otp', { identifier, purpose: 'add-identifier' })
  return latestCode(t, identifier)
}

describe('my profile', () => {
  it('needs a session', async () => {
    expect((await t.app.inject({ url: '/api/v1/users/me' })).statusCode).toBe(401)
  })

  it('merges profile and preference changes, and clears fields set to null', async () => {
    const user = await createSignedInUser(t, 'patient', { city: 'Tabriz' })
    const response = await call(user, 'PATCH', '/users/me', {
      profile: { firstName: 'نگار', city: null },
      preferences: { language: 'en', discreetMode: true },
    })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.profile).toEqual({ firstName: 'نگار', lastName: 'patient' })
    expect(body.preferences).toMatchObject({ language: 'en', discreetMode: true })
  })

  it('refuses type, isActive, permissions and other server-owned fields', async () => {
    const user = await createSignedInUser(t, 'patient')
    const attempts = [
      { type: 'admin' },
      { isActive: false },
      { permissions: ['users.manage'] },
      { id: randomUUID() },
      { profile: { isAdmin: true } },
      { preferences: { role: 'admin' } },
    ]
    for (const payload of attempts) {
      const response = await call(user, 'PATCH', '/users/me', payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('VALIDATION_FAILED')
    }
    const [row] = await t.database.query<{ type: string; is_active: boolean }>(
      'SELECT type, is_active FROM users WHERE id = $1',
      [user.id],
    )
    expect(row).toEqual({ type: 'patient', is_active: true })
    const session = await call(user, 'GET', '/auth/session')
    expect(session.json().permissions).not.toContain('users.manage')
  })
})

describe('my identifiers', () => {
  it('adds an email after its code, and removes one but never the last', async () => {
    const user = await createSignedInUser(t, 'patient')
    const email = `n.${randomUUID().slice(0, 8)}@example.com`
    const added = await call(user, 'POST', '/users/me/identifiers', {
      identifier: email.toUpperCase(),
      code: await addIdentifierCode(user, email),
    })
    expect(added.statusCode).toBe(201)
    const identifiers = added.json().identifiers as {
      id: string
      value: string
      isPrimary: boolean
    }[]
    expect(identifiers.map((i) => [i.value, i.isPrimary])).toEqual([
      [user.phone, true],
      [email, false],
    ])
    const phoneId = identifiers[0]?.id
    const removed = await call(user, 'DELETE', `/users/me/identifiers/${phoneId}`)
    expect(removed.json().identifiers).toEqual([
      expect.objectContaining({ value: email, isPrimary: true }),
    ])
    const last = await call(user, 'DELETE', `/users/me/identifiers/${identifiers[1]?.id}`)
    expect(last.statusCode).toBe(409)
    expect(last.json().code).toBe('LAST_IDENTIFIER')
  })

  it("answers another person's identifier id like a missing one", async () => {
    const me = await createSignedInUser(t, 'patient')
    const someone = await createSignedInUser(t, 'patient')
    const theirs = (await call(someone, 'GET', '/users/me')).json().identifiers[0].id
    const response = await call(me, 'DELETE', `/users/me/identifiers/${theirs}`)
    expect(response.statusCode).toBe(404)
  })

  it('accepts only an add-identifier code sent at my request', async () => {
    const me = await createSignedInUser(t, 'patient')
    const someone = await createSignedInUser(t, 'patient')
    const phone = freshPhone()
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: phone },
    })
    const signInCode = latestCode(t, phone)
    const withSignInCode = await call(me, 'POST', '/users/me/identifiers', {
      identifier: phone,
      code: signInCode,
    })
    expect(withSignInCode.json().code).toBe('OTP_INVALID')
    // The owner of `contested` got a code because `someone` asked to add it; `me` cannot use it.
    const contested = freshPhone()
    const theirCode = await addIdentifierCode(someone, contested)
    const response = await call(me, 'POST', '/users/me/identifiers', {
      identifier: contested,
      code: theirCode,
    })
    expect(response.json().code).toBe('OTP_INVALID')
  })

  it("says IDENTIFIER_TAKEN for another account's number once the code is right", async () => {
    const me = await createSignedInUser(t, 'patient')
    const someone = await createSignedInUser(t, 'patient')
    const response = await call(me, 'POST', '/users/me/identifiers', {
      identifier: someone.phone,
      code: await addIdentifierCode(me, someone.phone),
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('IDENTIFIER_TAKEN')
  })
})

describe('reading users', () => {
  it('lets a patient read only themself; any other id answers like a missing one', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const other = await createSignedInUser(t, 'psychologist')
    expect((await call(patient, 'GET', `/users/${patient.id}`)).statusCode).toBe(200)
    const foreign = await call(patient, 'GET', `/users/${other.id}`)
    const missing = await call(patient, 'GET', `/users/${randomUUID()}`)
    expect(foreign.statusCode).toBe(404)
    const { instance: _a, ...foreignBody } = foreign.json()
    const { instance: _b, ...missingBody } = missing.json()
    expect(foreignBody).toEqual(missingBody)
    expect((await call(patient, 'GET', '/users')).statusCode).toBe(403)
  })

  it('lets an admin search, filter and page through users', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const marker = `Zohreh${randomUUID().slice(0, 6)}`
    const made = [] as SignedInUser[]
    for (let i = 0; i < 5; i++)
      made.push(await createSignedInUser(t, 'psychologist', { firstName: marker }))
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = `q=${marker}&type=psychologist&limit=2${cursor ? `&cursor=${cursor}` : ''}`
      const page = (await call(admin, 'GET', `/users?${query}`)).json()
      seen.push(...page.items.map((item: { id: string }) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(made.map((user) => user.id).reverse())
    // A part from the middle of +98912…: "12" and the random digits. The last seven digits alone
    // started with 0 one time in ten, and a leading 0 is read as the national form (0912…).
    const part = made[0]?.phone.slice(4) ?? ''
    const byPhone = (await call(admin, 'GET', `/users?q=${encodeURIComponent(part)}`)).json()
    expect(byPhone.items.map((item: { id: string }) => item.id)).toContain(made[0]?.id)
    const patients = (await call(admin, 'GET', `/users?q=${marker}&type=patient`)).json()
    expect(patients.items).toEqual([])
  })
})

describe('activation', () => {
  it('deactivation ends every session at once and blocks sign-in; activation allows it again', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const phone = freshPhone()
    const patient = await signInThroughApi(t, phone)
    expect((await call(patient, 'GET', '/users/me')).statusCode).toBe(200)
    const off = await call(admin, 'POST', `/users/${patient.userId}/deactivate`, REASON)
    expect(off.json().isActive).toBe(false)
    expect((await call(patient, 'GET', '/users/me')).statusCode).toBe(401)
    await t.database.query(
      "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
      [phone],
    )
    await expect(signInThroughApi(t, phone)).rejects.toThrow('ACCOUNT_INACTIVE')
    await call(admin, 'POST', `/users/${patient.userId}/activate`, REASON)
    await t.database.query(
      "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
      [phone],
    )
    expect((await signInThroughApi(t, phone)).userId).toBe(patient.userId)
    const audit = await t.database.query<{ action: string }>(
      "SELECT action FROM audit_logs WHERE resource_id = $1 AND user_id = $2 AND action LIKE 'users.%'",
      [patient.userId, admin.id],
    )
    expect(audit.map((row) => row.action).sort()).toEqual(['users.activated', 'users.deactivated'])
  })

  it('is for users.manage holders, and nobody deactivates themself', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const psychologist = await createSignedInUser(t, 'psychologist')
    expect(
      (await call(psychologist, 'POST', `/users/${admin.id}/deactivate`, REASON)).statusCode,
    ).toBe(403)
    const self = await call(admin, 'POST', `/users/${admin.id}/deactivate`, REASON)
    expect(self.json().code).toBe('SELF_DEACTIVATION')
  })
})
