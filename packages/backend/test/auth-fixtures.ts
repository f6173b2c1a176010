import { randomInt } from 'node:crypto'
import { DEFAULT_GROUPS, type UserType } from '@yektayar/shared'
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
