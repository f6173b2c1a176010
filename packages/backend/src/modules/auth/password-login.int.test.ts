import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createSignedInUser,
  freshPhone,
  latestCode,
  signInThroughApi,
} from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { verifyPasswordForUnknownUser } from './password-hasher.ts'

// Spy on the timing equaliser while keeping its real work (and its real duration).
vi.mock('./password-hasher.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password-hasher.ts')>()
  return { ...original, verifyPasswordForUnknownUser: vi.fn(original.verifyPasswordForUnknownUser) }
})

const PASSWORD = 'kooh-e damavand 5671'
let t: TestApp
let proxyClient = 0

beforeAll(async () => {
  t = await createTestApp({
    env: {
      LOGIN_MAX_FAILURES: '3',
      // Each request below comes from its own forwarded address, so only per-account limits bite.
      TRUSTED_PROXIES: '127.0.0.1',
    },
  })
})
afterAll(() => t.close())

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as Record<string, unknown>,
    headers: { 'x-forwarded-for': `10.9.${proxyClient >> 8}.${proxyClient++ & 255}`, ...headers },
  })

async function codeFor(identifier: string) {
  await post('/api/v1/auth/send-otp', { identifier })
  return latestCode(t, identifier)
}

async function registerWithPassword(password = PASSWORD) {
  const phone = freshPhone()
  const response = await post('/api/v1/auth/register', {
    identifier: phone,
    code: await codeFor(phone),
    password,
  })
  return { phone, response }
}

/** Moves earlier codes out of the resend cool-down. */
const olderCodes = (identifier: string) =>
  t.database.query(
    "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
    [identifier],
  )

const login = (identifier: string, password: string) =>
  post('/api/v1/auth/login', { identifier, password })

describe('register', () => {
  it('creates a patient with an argon2id (19 MiB, t=2, p=1) password hash', async () => {
    const { response } = await registerWithPassword()
    expect(response.statusCode).toBe(201)
    const body = response.json()
    expect(body).toMatchObject({ isNewUser: true, user: { type: 'patient', hasPassword: true } })
    const [row] = await t.database.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [body.user.id],
    )
    expect(row?.password_hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
  })

  it('refuses short, overlong, common and guessable passwords without spending the code', async () => {
    const phone = freshPhone()
    const code = await codeFor(phone)
    const cases = [
      ['short7!', 'PASSWORD_TOO_SHORT'],
      ['aaaaaaaa', 'PASSWORD_TOO_SHORT'],
      ['x'.repeat(129), 'PASSWORD_TOO_LONG'],
      ['password1234', 'PASSWORD_TOO_COMMON'],
      ['aaaaaaaaaaaaaaaa', 'PASSWORD_TOO_WEAK'],
    ]
    for (const [password, expected] of cases) {
      const response = await post('/api/v1/auth/register', { identifier: phone, code, password })
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe(expected)
    }
    const ok = await post('/api/v1/auth/register', { identifier: phone, code, password: PASSWORD })
    expect(ok.statusCode).toBe(201)
  })

  it('says IDENTIFIER_TAKEN only after the code proves the identifier', async () => {
    const known = await createSignedInUser(t, 'patient')
    const wrong = await post('/api/v1/auth/register', {
      identifier: known.phone,
      code: '000000',
    })
    expect(wrong.json().code).not.toBe('IDENTIFIER_TAKEN')
    const taken = await post('/api/v1/auth/register', {
      identifier: known.phone,
      code: await codeFor(known.phone),
    })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().code).toBe('IDENTIFIER_TAKEN')
  })

  it('refuses server-owned fields', async () => {
    const phone = freshPhone()
    const response = await post('/api/v1/auth/register', {
      identifier: phone,
      code: await codeFor(phone),
      type: 'admin',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('VALIDATION_FAILED')
  })
})

describe('login', () => {
  it('signs in with identifier and password', async () => {
    const { phone } = await registerWithPassword()
    const response = await login(phone, PASSWORD)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ isNewUser: false, user: { hasPassword: true } })
  })

  it('signs in with identifier and a one-time code', async () => {
    const { phone } = await registerWithPassword()
    await olderCodes(phone)
    const response = await post('/api/v1/auth/login', {
      identifier: phone,
      code: await codeFor(phone),
    })
    expect(response.statusCode).toBe(200)
  })

  it('wants exactly one of password and code', async () => {
    const both = await post('/api/v1/auth/login', {
      identifier: freshPhone(),
      password: PASSWORD,
      code: '123456',
    })
    expect(both.statusCode).toBe(400)
  })

  it('answers wrong password, unknown identifier and password-less account alike', async () => {
    const { phone } = await registerWithPassword()
    const passwordless = await createSignedInUser(t, 'patient')
    const answers = await Promise.all([
      login(phone, 'not the password 123'),
      login(freshPhone(), PASSWORD),
      login(passwordless.phone, PASSWORD),
    ])
    const bodies = answers.map((response) => ({ status: response.statusCode, ...response.json() }))
    expect(bodies[0]).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' })
    expect(bodies[1]).toEqual(bodies[0])
    expect(bodies[2]).toEqual(bodies[0])
  })

  it('spends a full password check on unknown identifiers and password-less accounts', async () => {
    const spy = vi.mocked(verifyPasswordForUnknownUser)
    spy.mockClear()
    await login(freshPhone(), PASSWORD)
    await login((await createSignedInUser(t, 'patient')).phone, PASSWORD)
    expect(spy).toHaveBeenCalledTimes(2)
  })

  it('locks password sign-in per account after repeated failures, whatever the address', async () => {
    const { phone } = await registerWithPassword()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push((await login(phone, `wrong password ${i}`)).statusCode)
    expect(statuses).toEqual([401, 401, 401, 429])
    const correct = await login(phone, PASSWORD)
    expect(correct.statusCode).toBe(429)
    expect(correct.json().code).toBe('ACCOUNT_LOCKED')
    expect(Number(correct.headers['retry-after'])).toBeGreaterThan(0)
    const audit = await t.database.query(
      "SELECT 1 FROM audit_logs WHERE action = 'auth.account_locked' AND changes->>'identifier' LIKE $1",
      [`%${phone.slice(-4)}`],
    )
    expect(audit).toHaveLength(1)
    // The one-time code still works: a lock must not shut the owner out.
    await olderCodes(phone)
    expect((await signInThroughApi(t, phone)).userId).toBeTruthy()
  })

  it('locks unknown identifiers the same way, so the lock reveals nothing', async () => {
    const phone = freshPhone()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await login(phone, `guess ${i} abcdefg`)).statusCode)
    expect(statuses).toEqual([401, 401, 401, 429])
  })
})

describe('password change', () => {
  it('needs the current password, then ends every other session', async () => {
    const { phone } = await registerWithPassword()
    const first = (await login(phone, PASSWORD)).json().token as string
    const second = (await login(phone, PASSWORD)).json().token as string
    const change = (payload: Record<string, string>) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/auth/password',
        payload,
        headers: { authorization: `Bearer ${first}` },
      })
    const wrong = await change({
      currentPassword: 'nope nope nope',
      newPassword: 'tehran-shiraz 9911',
    })
    expect(wrong.json().code).toBe('CURRENT_PASSWORD_INVALID')
    const done = await change({ currentPassword: PASSWORD, newPassword: 'tehran-shiraz 9911' })
    expect(done.statusCode).toBe(204)
    const session = (token: string) =>
      t.app.inject({ url: '/api/v1/auth/session', headers: { authorization: `Bearer ${token}` } })
    expect((await session(first)).statusCode).toBe(200)
    expect((await session(second)).statusCode).toBe(401)
    expect((await login(phone, PASSWORD)).statusCode).toBe(401)
    expect((await login(phone, 'tehran-shiraz 9911')).statusCode).toBe(200)
  })
})
