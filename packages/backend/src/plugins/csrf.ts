import { createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error.ts'

export const CSRF_COOKIE = 'yy_csrf'
export const CSRF_HEADER = 'x-csrf-token'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The request carries its own proof and acts on nothing the session allows (the signed
     * email unsubscribe link): a browser that also sends a session cookie is not refused.
     */
    csrfExempt?: boolean
  }
}

/**
 * The CSRF token of a session: an HMAC of its id ("signed double submit"). The web app reads it
 * from the readable yy_csrf cookie and echoes it in x-csrf-token; another site can neither read
 * the cookie nor compute the value, and a cookie planted by a sibling subdomain does not match
 * the victim's session.
 */
export function csrfTokenFor(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url')
}

function matches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Refuses writes authenticated by the session cookie without the matching x-csrf-token header
 * (403 CSRF_FAILED). Bearer requests are exempt: browsers never attach that header on their own.
 * Registered by the authenticate plugin right after session resolution, so it covers every route
 * under /api/v1.
 */
export const csrfPlugin = fp(
  async (app: FastifyInstance) => {
    const secret = app.config.identity.authSecret
    // Synchronous (done-style): it runs on every request and seldom has anything to check.
    app.addHook('onRequest', (request, _reply, done) => {
      const auth = request.auth
      if (request.authVia !== 'cookie' || !auth || SAFE_METHODS.has(request.method)) return done()
      if (request.routeOptions.config.csrfExempt) return done()
      if (matches(csrfTokenFor(secret, auth.sessionId), request.headers[CSRF_HEADER])) return done()
      done(new AppError('CSRF_FAILED', 'missing or wrong x-csrf-token'))
    })
  },
  { name: 'csrf' },
)
