import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { resolveSessionById } from './session.service.ts'
import { readSessionLinkSignature, sessionLinkSignature } from './session-link.ts'

/** Signed links (session-link.ts) for one app: its secret, its lifetime, its database. */
export interface SessionLinks {
  /** `?sig=…` for this person's session to open `resource` until `expiresAt`. */
  sign(auth: AuthContext, resource: string, now?: Date): { query: string; expiresAt: Date }
  /**
   * The person a signature stands for, or null: one that does not verify or has expired, or
   * whose session has ended (signed out, revoked, idle, deactivated) or must still enrol TOTP.
   * Whether that person may have the resource now is the caller's to decide, as for a session.
   */
  resolve(resource: string, signature: string, now?: Date): Promise<AuthContext | null>
}

export function sessionLinks(db: Db, config: Pick<Config, 'sessions' | 'identity'>): SessionLinks {
  const secret = config.identity.authSecret
  return {
    sign(auth, resource, now = new Date()) {
      const expiresAt = Math.floor((now.getTime() + config.sessions.signedLinkMs) / 1000)
      const grant = { resource, userId: auth.userId, sessionId: auth.sessionId, expiresAt }
      const query = `?sig=${sessionLinkSignature(secret, grant)}`
      return { query, expiresAt: new Date(expiresAt * 1000) }
    },
    async resolve(resource, signature, now = new Date()) {
      const grant = readSessionLinkSignature(secret, resource, signature, now)
      if (!grant) return null
      const auth = await resolveSessionById(db, config.sessions, grant.sessionId, now)
      if (!auth || auth.userId !== grant.userId || auth.totpSetupRequired) return null
      return auth
    },
  }
}
