import type { UserType } from '@yektayar/shared'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/database.ts'
import { findEffectivePermissions } from '../rbac/permission.repository.ts'
import { type AuthContext, isStaff } from './auth-context.ts'
import {
  findLiveSession,
  insertSession,
  listLiveSessions,
  revokeSessions,
  touchSession,
} from './session.repository.ts'
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from './session-token.ts'

type SessionPolicy = Config['sessions']

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
// Writing last_activity_at on every request would turn each read into a write.
const TOUCH_EVERY_MS = MINUTE

export interface NewSession {
  token: string
  sessionId: string
  expiresAt: Date
}

/** A brand-new token at every sign-in (never reusing one a client brought: no fixation). */
export async function createSession(
  db: Db,
  policy: SessionPolicy,
  input: { userId: string; userType: UserType; metadata?: Record<string, unknown> },
): Promise<NewSession> {
  const token = generateSessionToken()
  const kind = isStaff(input.userType) ? 'staff' : 'patient'
  const expiresAt = new Date(Date.now() + policy.absoluteDays[kind] * DAY)
  const row = await insertSession(db, {
    tokenHash: hashSessionToken(token),
    userId: input.userId,
    expiresAt,
    metadata: input.metadata ?? {},
  })
  return { token, sessionId: row.id, expiresAt }
}

/** The request's identity, or null for a missing, revoked, idle or expired session. */
export async function resolveSession(
  db: Db,
  policy: SessionPolicy,
  token: string,
  now = new Date(),
): Promise<AuthContext | null> {
  if (!looksLikeSessionToken(token)) return null
  const session = await findLiveSession(db, hashSessionToken(token))
  if (!session || !session.userActive) return null
  const kind = isStaff(session.userType as UserType) ? 'staff' : 'patient'
  const idleDeadline = session.lastActivityAt.getTime() + policy.idleMinutes[kind] * MINUTE
  if (now >= session.expiresAt || now.getTime() >= idleDeadline) return null
  if (now.getTime() - session.lastActivityAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, session.id, now)
  }
  const permissions = new Set(await findEffectivePermissions(db, session.userId))
  return {
    userId: session.userId,
    userType: session.userType as UserType,
    sessionId: session.id,
    permissions,
  }
}

export function listSessions(db: Db, userId: string) {
  return listLiveSessions(db, userId)
}

export function revokeSession(db: Db, userId: string, sessionId: string) {
  return revokeSessions(db, userId, { only: sessionId })
}

export function revokeOtherSessions(db: Db, userId: string, keepSessionId: string) {
  return revokeSessions(db, userId, { except: keepSessionId })
}

export function revokeAllSessions(db: Db, userId: string) {
  return revokeSessions(db, userId, {})
}
