import { randomInt } from 'node:crypto'
import { DEFAULT_GROUPS, parseIdentifier, type UserType } from '@yektayar/shared'
import { createSession } from '../src/modules/sessions/session.service.ts'
import type { TestApp } from './test-app.ts'

export interface SignedInUser {
  id: string
  type: UserType
  phone: string
  token: string
  sessionId: string
  /** Headers for app.inject / fetch as this user. */
  headers: { authorization: string }
}

/**
 * A user of the given type in its default group, with a live session: the same rows sign-in
 * creates, without going through OTP, so feature tests stay about their feature.
 */
export async function createSignedInUser(
  testApp: TestApp,
  type: UserType,
  profile: Record<string, unknown> = {},
): Promise<SignedInUser> {
  const phone = `+98912${String(randomInt(0, 10_000_000)).padStart(7, '0')}`
  const sql = testApp.database
  const [user] = await sql.query<{ id: string }>(
    `INSERT INTO users (type, profile) VALUES ($1, $2::jsonb) RETURNING id`,
    [type, JSON.stringify({ firstName: 'Test', lastName: type, ...profile })],
  )
  if (!user) throw new Error('user insert failed')
  await sql.query(
    `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary)
     VALUES ($1, 'phone', $2, true, true)`,
    [user.id, phone],
  )
  await sql.query(
    `INSERT INTO user_group_members (user_id, group_id) SELECT $1, id FROM user_groups WHERE name = $2`,
    [user.id, DEFAULT_GROUPS[type].name],
  )
  const session = await createSession(testApp.database.db, testApp.config.sessions, {
    userId: user.id,
    userType: type,
  })
  return {
    id: user.id,
    type,
    phone,
    token: session.token,
    sessionId: session.sessionId,
    headers: { authorization: `Bearer ${session.token}` },
  }
}

export interface ApiSignIn {
  token: string
  sessionId: string
  userId: string
  isNewUser: boolean
  /** `yy_session=…; yy_csrf=…`, as a browser would send them back. */
  cookie: string
  csrf: string
  headers: { authorization: string }
}

/** The latest one-time code the dev outbox holds for `to` (stored form). */
export function latestCode(testApp: TestApp, to: string): string {
  const text = testApp.app.identity.outbox.list({ to })[0]?.text ?? ''
  const code = /\b(\d{6})\b/.exec(text)?.[1]
  if (!code) throw new Error(`no code in the outbox for ${to}`)
  return code
}

/** Signs in through the API as a browser would: send-otp, the code from the outbox, verify-otp. */
export async function signInThroughApi(
  testApp: TestApp,
  identifier: string,
  extra: Record<string, unknown> = {},
): Promise<ApiSignIn> {
  const { app } = testApp
  const sent = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/send-otp',
    payload: { identifier },
  })
  if (sent.statusCode !== 200) throw new Error(`send-otp answered ${sent.statusCode}: ${sent.body}`)
  const stored = parseIdentifier(identifier)?.value ?? identifier
  const verified = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-otp',
    payload: { identifier, code: latestCode(testApp, stored), ...extra },
  })
  if (verified.statusCode !== 200)
    throw new Error(`verify-otp answered ${verified.statusCode}: ${verified.body}`)
  const body = verified.json() as {
    token: string
    session: { id: string }
    user: { id: string }
    isNewUser: boolean
  }
  const csrf = cookieValue(verified.headers['set-cookie'], 'yy_csrf') ?? ''
  return {
    token: body.token,
    sessionId: body.session.id,
    userId: body.user.id,
    isNewUser: body.isNewUser,
    cookie: `yy_session=${body.token}; yy_csrf=${csrf}`,
    csrf,
    headers: { authorization: `Bearer ${body.token}` },
  }
}

export function cookieValue(
  header: string | string[] | undefined,
  name: string,
): string | undefined {
  const all = Array.isArray(header) ? header : header ? [header] : []
  for (const line of all) {
    const [pair] = line.split(';')
    const [key, value] = (pair ?? '').split('=')
    if (key === name) return value
  }
  return undefined
}

/** A phone number nobody else in this run uses. */
export function freshPhone(): string {
  return `+98935${String(randomInt(0, 10_000_000)).padStart(7, '0')}`
}
