import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../config/config.ts'
import { readCookie, serializeCookie } from '../../lib/cookies.ts'
import { SESSION_COOKIE } from '../../plugins/authenticate.ts'
import { CSRF_COOKIE, csrfTokenFor } from '../../plugins/csrf.ts'

const secondsUntil = (date: Date) => Math.max(0, Math.floor((date.getTime() - Date.now()) / 1000))

function csrfCookie(config: Config, sessionId: string, expiresAt: Date): string {
  // Readable by the page on purpose: the web app copies it into the x-csrf-token header.
  return serializeCookie(CSRF_COOKIE, csrfTokenFor(config.identity.authSecret, sessionId), {
    httpOnly: false,
    secure: config.isProduction,
    maxAge: secondsUntil(expiresAt),
  })
}

/** The web session: httpOnly token cookie (Secure in production, SameSite=Lax) and its CSRF pair. */
export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  session: { token: string; id: string; expiresAt: Date },
): void {
  const maxAge = secondsUntil(session.expiresAt)
  reply.header('set-cookie', [
    serializeCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      secure: config.isProduction,
      maxAge,
    }),
    csrfCookie(config, session.id, session.expiresAt),
  ])
}

export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  const gone = { secure: config.isProduction, maxAge: 0 }
  reply.header('set-cookie', [
    serializeCookie(SESSION_COOKIE, '', { ...gone, httpOnly: true }),
    serializeCookie(CSRF_COOKIE, '', { ...gone, httpOnly: false }),
  ])
}

/** Re-issues the CSRF cookie to a cookie session whose browser lost it or holds a stale one. */
export function refreshCsrfCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
): void {
  const auth = request.auth
  if (!auth || request.authVia !== 'cookie') return
  const expected = csrfTokenFor(config.identity.authSecret, auth.sessionId)
  if (readCookie(request.headers.cookie, CSRF_COOKIE) === expected) return
  const expiresAt = auth.expiresAt ?? new Date(Date.now() + 24 * 60 * 60 * 1000)
  reply.header('set-cookie', csrfCookie(config, auth.sessionId, expiresAt))
}
