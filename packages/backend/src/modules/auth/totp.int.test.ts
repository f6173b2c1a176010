import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, latestCode, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { productionEnv } from '../../../test/production-env.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp({
    env: { RATE_LIMIT_OTP_SEND_PER_IP: '1000', RATE_LIMIT_SIGN_IN_PER_IP: '1000' },
  })
})
afterAll(() => t.close())

/** The authenticator app: the code for now plus `steps` periods of 30 s. */
const codeAt = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  })

const call = (user: SignedInUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.headers, payload })

async function enrol(user: SignedInUser) {
  const { secret } = (await call(user, 'POST', '/auth/totp/setup')).json() as { secret: string }
  const enabled = await call(user, 'POST', '/auth/totp/enable', { code: codeAt(secret) })
  return { secret, recoveryCodes: enabled.json().recoveryCodes as string[] }
}

async function otpSignIn(phone: string, extra: Record<string, string> = {}) {
  await t.database.query(
    "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
    [phone],
  )
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/send-otp',
    payload: { identifier: phone },
  })
  const code = latestCode(t, phone)
  const send = (more: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify-otp',
      payload: { identifier: phone, code, ...more },
    })
  return { first: await send(extra), again: send }
}

describe('enrolment', () => {
  it('is for staff only', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const response = await call(patient, 'POST', '/auth/totp/setup')
    expect(response.statusCode).toBe(403)
    expect(response.json().code).toBe('TOTP_NOT_AVAILABLE')
  })

  it('shows the secret once, keeps it encrypted, and turns on with a valid code', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const setup = (await call(psychologist, 'POST', '/auth/totp/setup')).json()
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/YektaYar:/)
    const [row] = await t.database.query<{ totp_secret_encrypted: string }>(
      'SELECT totp_secret_encrypted FROM user_mfa WHERE user_id = $1',
      [psychologist.id],
    )
    expect(row?.totp_secret_encrypted).toMatch(/^v1\./)
    expect(row?.totp_secret_encrypted).not.toContain(setup.secret)
    const wrong = await call(psychologist, 'POST', '/auth/totp/enable', {
      code: codeAt(setup.secret, 20),
    })
    expect(wrong.json().code).toBe('TOTP_INVALID')
    const enabled = await call(psychologist, 'POST', '/auth/totp/enable', {
      code: codeAt(setup.secret),
    })
    expect(enabled.json().recoveryCodes).toHaveLength(10)
    const me = await call(psychologist, 'GET', '/users/me')
    expect(me.json().totpEnabled).toBe(true)
    expect(me.body).not.toContain(setup.secret)
    const again = await call(psychologist, 'POST', '/auth/totp/setup')
    expect(again.json().code).toBe('TOTP_ALREADY_ENABLED')
  })
})

describe('signing in with TOTP on', () => {
  it('asks for the authenticator code, then accepts the same one-time code with it', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const { secret } = await enrol(psychologist)
    const { first, again } = await otpSignIn(psychologist.phone)
    expect(first.statusCode).toBe(401)
    expect(first.json().code).toBe('TOTP_REQUIRED')
    expect((await again({ totpCode: codeAt(secret, 20) })).json().code).toBe('TOTP_INVALID')
    expect((await again({ totpCode: codeAt(secret, 1) })).statusCode).toBe(200)
  })

  it('refuses a TOTP code that was already used (replay)', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const { secret } = await enrol(psychologist)
    const code = codeAt(secret, 1)
    expect((await otpSignIn(psychologist.phone, { totpCode: code })).first.statusCode).toBe(200)
    const replay = await otpSignIn(psychologist.phone, { totpCode: code })
    expect(replay.first.json().code).toBe('TOTP_INVALID')
  })

  it('accepts each recovery code once', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const { recoveryCodes } = await enrol(admin)
    const recoveryCode = (recoveryCodes[3] ?? '').toUpperCase()
    expect((await otpSignIn(admin.phone, { recoveryCode })).first.statusCode).toBe(200)
    expect((await otpSignIn(admin.phone, { recoveryCode })).first.json().code).toBe('TOTP_INVALID')
  })
})

describe('required TOTP', () => {
  it('holds a staff session to enrolment until TOTP is on, from the next request', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const psychologist = await createSignedInUser(t, 'psychologist')
    expect((await call(psychologist, 'GET', '/auth/sessions')).statusCode).toBe(200)
    const set = await call(admin, 'PUT', `/users/${psychologist.id}/totp-requirement`, {
      required: true,
    })
    expect(set.statusCode).toBe(204)
    const held = await call(psychologist, 'GET', '/auth/sessions')
    expect(held.statusCode).toBe(403)
    expect(held.json().code).toBe('TOTP_SETUP_REQUIRED')
    expect((await call(psychologist, 'GET', '/auth/session')).json().totpSetupRequired).toBe(true)
    expect((await call(psychologist, 'GET', '/users/me')).statusCode).toBe(200)
    await enrol(psychologist)
    expect((await call(psychologist, 'GET', '/auth/sessions')).statusCode).toBe(200)
  })

  it('cannot be set by a non-admin or switched off by its holder', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const other = await createSignedInUser(t, 'psychologist')
    const forbidden = await call(other, 'PUT', `/users/${psychologist.id}/totp-requirement`, {
      required: false,
    })
    expect(forbidden.statusCode).toBe(403)
    const admin = await createSignedInUser(t, 'admin')
    await call(admin, 'PUT', `/users/${psychologist.id}/totp-requirement`, { required: true })
    const { secret } = await enrol(psychologist)
    const off = await call(psychologist, 'POST', '/auth/totp/disable', {
      totpCode: codeAt(secret, 1),
    })
    expect(off.statusCode).toBe(403)
  })

  it('can be switched off with a code when not required, and reset by an admin', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const { secret } = await enrol(psychologist)
    const off = await call(psychologist, 'POST', '/auth/totp/disable', {
      totpCode: codeAt(secret, 1),
    })
    expect(off.statusCode).toBe(204)
    await enrol(psychologist)
    const admin = await createSignedInUser(t, 'admin')
    const reset = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${psychologist.id}/totp`,
      headers: admin.headers,
    })
    expect(reset.statusCode).toBe(204)
    expect((await call(psychologist, 'GET', '/users/me')).json().totpEnabled).toBe(false)
  })
})

describe('wrong-code limit', () => {
  const wrongCodes = (secret: string) => [20, 21, 22, 23, 24].map((steps) => codeAt(secret, steps))

  it('locks turning TOTP off after five wrong codes, even for the right one, and audits it', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const { secret } = await enrol(psychologist)
    for (const totpCode of wrongCodes(secret)) {
      const wrong = await call(psychologist, 'POST', '/auth/totp/disable', { totpCode })
      expect(wrong.statusCode).toBe(401)
      expect(wrong.json().code).toBe('TOTP_INVALID')
    }
    const right = await call(psychologist, 'POST', '/auth/totp/disable', {
      totpCode: codeAt(secret, 1),
    })
    expect(right.statusCode).toBe(429)
    expect(right.headers['content-type']).toContain('application/problem+json')
    expect(right.json().code).toBe('TOTP_LOCKED')
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(800)
    expect((await call(psychologist, 'GET', '/users/me')).json().totpEnabled).toBe(true)
    const audits = await t.database.query<{ action: string }>(
      "SELECT action FROM audit_logs WHERE resource_id = $1 AND action LIKE 'auth.totp_%'",
      [psychologist.id],
    )
    const actions = audits.map((row) => row.action)
    expect(actions.filter((action) => action === 'auth.totp_failed')).toHaveLength(5)
    expect(actions.filter((action) => action === 'auth.totp_locked')).toHaveLength(1)
  })

  it('shares one count across recovery codes, renewal and sign-in, and a right code clears it', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const { secret, recoveryCodes } = await enrol(admin)
    const [first, second, third] = wrongCodes(secret)
    await call(admin, 'POST', '/auth/totp/recovery-codes', { totpCode: first })
    await call(admin, 'POST', '/auth/totp/recovery-codes', { recoveryCode: 'AAAA-BBBB' })
    const renewed = await call(admin, 'POST', '/auth/totp/recovery-codes', {
      totpCode: codeAt(secret, 1),
    })
    expect(renewed.statusCode).toBe(200)
    for (const totpCode of [second, third, ...wrongCodes(secret).slice(0, 3)]) {
      await call(admin, 'POST', '/auth/totp/recovery-codes', { totpCode })
    }
    const signIn = await otpSignIn(admin.phone, { recoveryCode: recoveryCodes[0] ?? '' })
    expect(signIn.first.statusCode).toBe(429)
    expect(signIn.first.json().code).toBe('TOTP_LOCKED')
  })
})

describe('REQUIRE_STAFF_TOTP', () => {
  let strict: TestApp
  beforeAll(async () => {
    strict = await createTestApp({ env: { REQUIRE_STAFF_TOTP: 'true' } })
  })
  afterAll(() => strict.close())

  it('holds every staff session without TOTP, and no patient session', async () => {
    const admin = await createSignedInUser(strict, 'admin')
    const patient = await createSignedInUser(strict, 'patient')
    const list = (user: SignedInUser) =>
      strict.app.inject({ url: '/api/v1/auth/sessions', headers: user.headers })
    expect((await list(admin)).json().code).toBe('TOTP_SETUP_REQUIRED')
    expect((await list(patient)).statusCode).toBe(200)
  })
})

describe('in production', () => {
  let prod: TestApp
  beforeAll(async () => {
    prod = await createTestApp({ env: productionEnv(), database: t.database })
  })
  afterAll(() => prod.close())

  const list = (user: SignedInUser) =>
    prod.app.inject({ url: '/api/v1/auth/sessions', headers: user.headers })

  it('holds staff and patients granted a staff permission until they enrol, not patients', async () => {
    const psychologist = await createSignedInUser(prod, 'psychologist')
    const patient = await createSignedInUser(prod, 'patient')
    const promoted = await createSignedInUser(prod, 'patient')
    await prod.database.query(
      `INSERT INTO user_group_members (user_id, group_id)
       SELECT $1, id FROM user_groups WHERE name = 'admins'`,
      [promoted.id],
    )
    await prod.app.identity.invalidation.user(promoted.id)
    expect((await list(psychologist)).json().code).toBe('TOTP_SETUP_REQUIRED')
    expect((await list(promoted)).json().code).toBe('TOTP_SETUP_REQUIRED')
    expect((await list(patient)).statusCode).toBe(200)
  })

  it('lets a patient granted a staff permission enrol, and no staff member turn it off', async () => {
    const promoted = await createSignedInUser(prod, 'patient')
    await prod.database.query(
      `INSERT INTO user_group_members (user_id, group_id)
       SELECT $1, id FROM user_groups WHERE name = 'psychologists'`,
      [promoted.id],
    )
    await prod.app.identity.invalidation.user(promoted.id)
    const headers = promoted.headers
    const setup = await prod.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers })
    const { secret } = setup.json() as { secret: string }
    const enabled = await prod.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enable',
      headers,
      payload: { code: codeAt(secret) },
    })
    expect(enabled.statusCode).toBe(200)
    expect((await list(promoted)).statusCode).toBe(200)
    const disabled = await prod.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      headers,
      payload: { totpCode: codeAt(secret, 1) },
    })
    expect(disabled.json().code).toBe('FORBIDDEN')
  })
})
