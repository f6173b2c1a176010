import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error.ts'
import type { AuthContext } from '../modules/sessions/auth-context.ts'
import { resolveSession } from '../modules/sessions/session.service.ts'

export const SESSION_COOKIE = 'yy_session'

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null
    /** How the token came: cookie-authenticated writes need CSRF protection, bearer ones don't. */
    authVia: 'bearer' | 'cookie' | null
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

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

/** Resolves the session of every request under this scope into `request.auth`. */
export const authenticatePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('auth', null)
    app.decorateRequest('authVia', null)
    app.addHook('onRequest', async (request) => {
      const found = sessionTokenOf(request)
      if (!found) return
      request.auth = await resolveSession(app.database.db, app.config.sessions, found.token)
      request.authVia = request.auth ? found.via : null
    })
  },
  { name: 'authenticate' },
)

/** The signed-in user, or 401. Services take the returned context, never request fields. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'no valid session')
  return request.auth
}

/** The signed-in user holding every named permission; fails closed with 403. */
export function requirePermission(request: FastifyRequest, ...names: string[]): AuthContext {
  const auth = requireAuth(request)
  for (const name of names) {
    if (!auth.permissions.has(name)) throw new AppError('FORBIDDEN', `missing ${name}`)
  }
  return auth
}

export function hasPermission(auth: AuthContext, name: string): boolean {
  return auth.permissions.has(name)
}
