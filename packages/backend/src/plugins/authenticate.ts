import type { PermissionName } from '@yektayar/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error.ts'
import type { AuthContext } from '../lib/auth-context.ts'
import { readCookie } from '../lib/cookies.ts'
import { csrfPlugin } from './csrf.ts'

export const SESSION_COOKIE = 'yy_session'

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null
    /** How the token came: cookie-authenticated writes need CSRF protection, bearer ones don't. */
    authVia: 'bearer' | 'cookie' | null
  }
  interface FastifyContextConfig {
    /** Reachable by staff who still have to enrol TOTP (sign-out, session, enrolment). */
    allowBeforeTotpSetup?: boolean
  }
}

/** Bearer header first (mobile, API clients), then the httpOnly cookie (web). Never the URL. */
export function sessionTokenOf(
  request: FastifyRequest,
): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' }
  const cookie = readCookie(request.headers.cookie, SESSION_COOKIE)
  return cookie ? { token: cookie, via: 'cookie' } : null
}

/**
 * Resolves the session of every request under this scope into `request.auth` (through the
 * session cache), holds staff who must enrol TOTP to the enrolment routes, and then checks
 * CSRF for cookie-authenticated writes (csrf.ts), in that order for every module's routes.
 */
export const authenticatePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('auth', null)
    app.decorateRequest('authVia', null)
    // Done-style, so a cached session (the usual case) costs no promise: a hash and a map read.
    app.addHook('onRequest', (request, _reply, done) => {
      const found = sessionTokenOf(request)
      if (!found) return done()
      const cached = app.identity.peekSession(found.token)
      if (cached !== undefined) return done(admit(request, found.via, cached))
      app.identity.resolve(found.token).then(
        (auth) => done(admit(request, found.via, auth)),
        (error: Error) => done(error),
      )
    })
    await app.register(csrfPlugin)
  },
  { name: 'authenticate', dependencies: ['identity'] },
)

/** Records the identity; staff who must enrol TOTP reach only the enrolment routes. */
function admit(
  request: FastifyRequest,
  via: 'bearer' | 'cookie',
  auth: AuthContext | null,
): AppError | undefined {
  request.auth = auth
  request.authVia = auth ? via : null
  if (auth?.totpSetupRequired && !request.routeOptions.config.allowBeforeTotpSetup) {
    return new AppError('TOTP_SETUP_REQUIRED', 'enrol TOTP first')
  }
  return undefined
}

/** The signed-in user, or 401. Services take the returned context, never request fields. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'no valid session')
  return request.auth
}

/** The signed-in user holding every named permission; fails closed with 403. */
export function requirePermission(
  request: FastifyRequest,
  ...names: PermissionName[]
): AuthContext {
  const auth = requireAuth(request)
  for (const name of names) {
    if (!auth.permissions.has(name)) throw new AppError('FORBIDDEN', `missing ${name}`)
  }
  return auth
}
