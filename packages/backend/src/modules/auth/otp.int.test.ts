import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, freshPhone, latestCode } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp

beforeAll(async () => {
  // This file sends many codes from one address; per-address limits have their own tests.
  t = await createTestApp({
    env: { RATE_LIMIT_OTP_SEND_PER_IP: '1000', RATE_LIMIT_SIGN_IN_PER_IP: '1000' },
  })
})
afterAll(() => t.close())

const sendOtp = (identifier: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/send-otp', payload: { identifier }, headers })

const verify = (identifier: string, code: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-otp', payload: { identifier, code } })

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

async function auditActions(action: string) {
  return t.database.query<{ changes: Record<string, string> }>(
    'SELECT changes FROM audit_logs WHERE action = $1',
    [action],
  )
}

describe('identifiers', () => {
  it('stores every common spelling of an Iranian mobile as the same E.164 number', async () => {
    const spellings = [
      '09121112233',
      '+989121112233',
      '989121112233',
      '00989121112233',
      '۰۹۱۲۱۱۱۲۲۳۳',
      '٠٩١٢١١١٢٢٣٣',
      '0912 111 22 33',
      '0912-111-2233',
    ]
    for (const spelling of spellings) {
      await t.database.query("DELETE FROM otp_challenges WHERE identifier = '+989121112233'")
      expect((await sendOtp(spelling)).statusCode).toBe(200)
      expect(t.app.identity.outbox.list()[0]?.to).toBe('+989121112233')
    }
  })

  it('trims and lower-cases emails', async () => {
    expect((await sendOtp('  Sara.K@Example.COM ')).statusCode).toBe(200)
    expect(t.app.identity.outbox.list()[0]).toMatchObject({
      to: 'sara.k@example.com',
      channel: 'email',
    })
  })

  it('answers IDENTIFIER_INVALID for anything else', async () => {
    for (const identifier of ['12345', '0912123456', '+14155550123', 'not-an-email@', '']) {
      const response = await sendOtp(identifier)
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('IDENTIFIER_INVALID')
    }
  })
})

describe('send-otp', () => {
  it('answers the same for a registered and an unknown identifier', async () => {
    const known = await createSignedInUser(t, 'patient')
    const a = await sendOtp(known.phone)
    const b = await sendOtp(freshPhone())
    expect(a.statusCode).toBe(200)
    expect(b.statusCode).toBe(200)
    expect(a.json()).toEqual(b.json())
    expect(a.json()).toEqual({ sent: true, expiresInSeconds: 120, resendAfterSeconds: 60 })
  })

  it('stores only a keyed hash of the six-digit code, valid for two minutes', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const code = latestCode(t, phone)
    expect(code).toMatch(/^\d{6}$/)
    const [row] = await t.database.query<{ code_hash: string; seconds: number }>(
      `SELECT code_hash, extract(epoch FROM expires_at - created_at)::int AS seconds
       FROM otp_challenges WHERE identifier = $1`,
      [phone],
    )
    expect(row?.code_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(code)
    expect(row?.seconds).toBe(120)
  })

  it('refuses a second code within the 60 s cool-down, with Retry-After', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const again = await sendOtp(phone)
    expect(again.statusCode).toBe(429)
    expect(again.json().code).toBe('OTP_COOLDOWN')
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(50)
  })

  it('caps codes per identifier per hour', async () => {
    const phone = freshPhone()
    await t.database.query(
      `INSERT INTO otp_challenges (identifier_type, identifier, purpose, code_hash, expires_at, created_at)
       SELECT 'phone', $1, 'sign-in', repeat('0', 64), now(), now() - (n * interval '2 minutes')
       FROM generate_series(1, 6) AS n`,
      [phone],
    )
    const response = await sendOtp(phone)
    expect(response.statusCode).toBe(429)
    expect(response.json().code).toBe('RATE_LIMITED')
  })

  it('needs a session to send a code for adding an identifier', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: freshPhone(), purpose: 'add-identifier' },
    })
    expect(response.statusCode).toBe(401)
  })
})

describe('verify-otp', () => {
  it('creates a patient for a new identifier and signs in', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const response = await verify(phone, latestCode(t, phone))
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.isNewUser).toBe(true)
    expect(body.user).toMatchObject({ type: 'patient', isActive: true })
    expect(body.user.identifiers[0]).toMatchObject({
      value: phone,
      isPrimary: true,
      isVerified: true,
    })
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const groups = await t.database.query<{ name: string }>(
      `SELECT g.name FROM user_group_members m JOIN user_groups g ON g.id = m.group_id WHERE m.user_id = $1`,
      [body.user.id],
    )
    expect(groups.map((g) => g.name)).toEqual(['patients'])
    const [audit] = await t.database.query<Record<string, unknown>>(
      "SELECT ip_address::text AS ip, user_agent, changes FROM audit_logs WHERE action = 'auth.signed_in' AND user_id = $1",
      [body.user.id],
    )
    expect(audit).toEqual({
      ip: '127.0.0.1/32',
      user_agent: 'lightMyRequest',
      changes: { method: 'otp', isNewUser: true },
    })
  })

  it('signs an existing account in without creating another', async () => {
    const known = await createSignedInUser(t, 'patient')
    await sendOtp(known.phone)
    const response = await verify(known.phone, latestCode(t, known.phone))
    expect(response.json()).toMatchObject({ isNewUser: false, user: { id: known.id } })
  })

  it('accepts the code typed in Persian digits', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const persian = latestCode(t, phone).replace(/\d/g, (d) =>
      String.fromCharCode(0x06f0 + Number(d)),
    )
    expect((await verify(phone, persian)).statusCode).toBe(200)
  })

  it('refuses a code used once already', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const code = latestCode(t, phone)
    expect((await verify(phone, code)).statusCode).toBe(200)
    const reuse = await verify(phone, code)
    expect(reuse.statusCode).toBe(400)
    expect(reuse.json().code).toBe('OTP_INVALID')
  })

  it('refuses an expired code', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    await t.database.query(
      "UPDATE otp_challenges SET expires_at = now() - interval '1 second' WHERE identifier = $1",
      [phone],
    )
    const response = await verify(phone, latestCode(t, phone))
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('OTP_EXPIRED')
  })

  it("refuses another identifier's code", async () => {
    const mine = freshPhone()
    const theirs = freshPhone()
    await sendOtp(mine)
    await sendOtp(theirs)
    const response = await verify(mine, latestCode(t, theirs))
    expect(response.json().code).toBe('OTP_INVALID')
  })

  it('stops accepting even the right code after five wrong tries, and audits the lockout', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const code = latestCode(t, phone)
    const answers: string[] = []
    for (let i = 0; i < 5; i++) answers.push((await verify(phone, wrongCode(code))).json().code)
    expect(answers).toEqual([
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_LOCKED',
    ])
    const right = await verify(phone, code)
    expect(right.statusCode).toBe(429)
    expect(right.json().code).toBe('OTP_LOCKED')
    const locked = await auditActions('auth.otp_locked')
    const masked = `+98935***${phone.slice(-4)}`
    expect(locked.some((row) => row.changes.identifier === masked)).toBe(true)
  })

  it('counts parallel guesses against the same five tries', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const code = latestCode(t, phone)
    await Promise.all(Array.from({ length: 12 }, () => verify(phone, wrongCode(code))))
    const [row] = await t.database.query<{ attempts: number }>(
      'SELECT attempts FROM otp_challenges WHERE identifier = $1',
      [phone],
    )
    expect(row?.attempts).toBe(5)
    expect((await verify(phone, code)).json().code).toBe('OTP_LOCKED')
  })

  it('accepts only the newest code', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    const first = latestCode(t, phone)
    await t.database.query(
      "UPDATE otp_challenges SET created_at = created_at - interval '2 minutes' WHERE identifier = $1",
      [phone],
    )
    await sendOtp(phone)
    const second = latestCode(t, phone)
    if (first !== second) expect((await verify(phone, first)).json().code).toBe('OTP_INVALID')
    expect((await verify(phone, second)).statusCode).toBe(200)
  })

  it('writes failed sign-ins to the audit log with a masked identifier', async () => {
    const phone = freshPhone()
    await sendOtp(phone)
    await verify(phone, wrongCode(latestCode(t, phone)))
    const rows = await auditActions('auth.sign_in_failed')
    const mine = rows.filter((row) => row.changes.identifier?.endsWith(phone.slice(-4)))
    expect(mine.length).toBeGreaterThan(0)
    expect(JSON.stringify(mine)).not.toContain(phone)
  })
})
