import type { UserType } from '@yektayar/shared'
import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { type AuthContext, holdsStaffPower, isStaff } from '../../lib/auth-context.ts'
import { effectivePermissionsOf } from '../rbac/rbac.service.ts'
import {
  findLiveSession,
  insertSession,
  listLiveSessions,
  revokeSessions,
  touchSession,
} from './session.repository.ts'
import type { SessionCache } from './session-cache.ts'
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

interface LoadedSession {
  auth: AuthContext
  /** Epoch ms of the session's absolute or idle end, whichever is sooner. */
  deadline: number
}

/** One database look-up of a session: the session, its user, MFA state and permissions. */
async function loadSession(
  db: Db,
  policy: SessionPolicy,
  key: { tokenHash: string } | { id: string },
  now: Date,
): Promise<LoadedSession | null> {
  const session = await findLiveSession(db, key)
  if (!session?.userActive) return null
  const staff = isStaff(session.userType as UserType)
  const idleMs = policy.idleMinutes[staff ? 'staff' : 'patient'] * MINUTE
  const absoluteEnd = session.expiresAt.getTime()
  if (now.getTime() >= Math.min(absoluteEnd, session.lastActivityAt.getTime() + idleMs)) return null
  let lastActivity = session.lastActivityAt.getTime()
  if (now.getTime() - lastActivity > TOUCH_EVERY_MS) {
    await touchSession(db, session.id, now)
    lastActivity = now.getTime()
  }
  const permissions = new Set(await effectivePermissionsOf(db, session.userId))
  const auth: AuthContext = {
    userId: session.userId,
    userType: session.userType as UserType,
    sessionId: session.id,
    permissions,
    expiresAt: session.expiresAt,
  }
  const totpRequired = holdsStaffPower(auth) && (policy.requireStaffTotp || session.totpRequired)
  auth.totpSetupRequired = totpRequired && !session.totpEnabled
  return { auth, deadline: Math.min(absoluteEnd, lastActivity + idleMs) }
}

/** The request's identity, or null for a missing, revoked, idle or expired session. */
export async function resolveSession(
  db: Db,
  policy: SessionPolicy,
  token: string,
  now = new Date(),
): Promise<AuthContext | null> {
  if (!looksLikeSessionToken(token)) return null
  return (await loadSession(db, policy, { tokenHash: hashSessionToken(token) }, now))?.auth ?? null
}

/**
 * The identity of a session by its id, with the same checks as a token's (revoked, idle,
 * expired, deactivated: null), from the database every time. For signed file links, which
 * name the session they were made in so that ending it ends them too.
 */
export async function resolveSessionById(
  db: Db,
  policy: SessionPolicy,
  sessionId: string,
  now = new Date(),
): Promise<AuthContext | null> {
  return (await loadSession(db, policy, { id: sessionId }, now))?.auth ?? null
}

export type SessionResolver = (token: string, now?: Date) => Promise<AuthContext | null>

export interface CachedSessions {
  /** Cache first, then the database. */
  resolve: SessionResolver
  /**
   * Synchronous: the identity for a cached token, null for a token that cannot be one, and
   * undefined when only the database can tell (call `resolve`).
   */
  peek(token: string): AuthContext | null | undefined
}

/**
 * resolveSession with a short-lived cache in front: the hot path of every authenticated request
 * is then a hash and a map look-up. Invalidation keeps revocation immediate (SessionCache).
 */
export function cachedSessions(db: Db, policy: SessionPolicy, cache: SessionCache): CachedSessions {
  const peek = (token: string) => {
    if (!looksLikeSessionToken(token)) return null
    return cache.get(hashSessionToken(token), Date.now())
  }
  const resolve: SessionResolver = async (token, now = new Date()) => {
    if (!looksLikeSessionToken(token)) return null
    const tokenHash = hashSessionToken(token)
    const hit = cache.get(tokenHash, now.getTime())
    if (hit) return hit
    const generation = cache.generation
    const loaded = await loadSession(db, policy, { tokenHash }, now)
    if (!loaded) return null
    cache.set(tokenHash, loaded.auth, loaded.deadline, generation)
    return loaded.auth
  }
  return { resolve, peek }
}

export function listSessions(db: Db, userId: string) {
  return listLiveSessions(db, userId)
}

export function revokeAllSessions(db: Db, userId: string) {
  return revokeSessions(db, userId, {})
}
