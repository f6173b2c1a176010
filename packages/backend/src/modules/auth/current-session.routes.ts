import { changePasswordBodySchema, revokedCountSchema, sessionInfoSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { isStaff } from '../../lib/auth-context.ts'
import { plainJsonSerializer } from '../../lib/plain-json-serializer.ts'
import { requestMetaOf } from '../../lib/request-meta.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import { authDepsOf } from './auth-deps.ts'
import { signOut, signOutEverywhere } from './devices.service.ts'
import { changePassword } from './password.service.ts'
import { clearSessionCookies, refreshCsrfCookie } from './session-cookies.ts'

/** The session a request carries: describe it, end it, change its account's password. */
export const currentSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = authDepsOf(app)
  const tags = ['auth']
  const { limits } = app.config.identity
  const { idleMinutes } = app.config.sessions

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Sign out',
        description: 'Revokes this session on the server and clears the session cookies.',
      },
      config: { allowBeforeTotpSetup: true },
    },
    async (request, reply) => {
      await signOut(deps, requireAuth(request), requestMetaOf(request))
      clearSessionCookies(reply, app.config)
      return reply.code(204).send()
    },
  )

  app.post(
    '/auth/logout-everywhere',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere',
        description:
          'Revokes every session of the account on the server, this one included, closes their sockets and clears the session cookies.',
        response: { 200: revokedCountSchema },
      },
      config: { allowBeforeTotpSetup: true },
    },
    async (request, reply) => {
      const revoked = await signOutEverywhere(deps, requireAuth(request), requestMetaOf(request))
      clearSessionCookies(reply, app.config)
      return reply.send(revoked)
    },
  )

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'The current session',
        description:
          'Who is signed in, the session end and the permissions held. Re-issues a missing or stale `yy_csrf` cookie to cookie sessions.',
        response: { 200: sessionInfoSchema },
      },
      // The hottest authenticated route (bench budget: 70% of raw node:http). Its answer is
      // small and built field by field here, so it skips compression and Zod on the way out;
      // a GET has no body, so no decompression hook either.
      compress: false,
      decompress: false,
      serializerCompiler: plainJsonSerializer,
      config: { allowBeforeTotpSetup: true },
    },
    // Synchronous, like /healthz: no promise or microtask turn, and the answer goes out inside
    // the parser's callback. A throw from requireAuth reaches the error handler all the same.
    (request, reply) => {
      const auth = requireAuth(request)
      refreshCsrfCookie(request, reply, app.config)
      reply.send({
        user: { id: auth.userId, type: auth.userType },
        session: {
          id: auth.sessionId,
          expiresAt: auth.expiresAt?.toISOString() ?? null,
          idleMinutes: idleMinutes[isStaff(auth.userType) ? 'staff' : 'patient'],
        },
        permissions: [...auth.permissions].sort(),
        totpSetupRequired: auth.totpSetupRequired ?? false,
      })
    },
  )

  app.put(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Set or change my password',
        description:
          '`currentPassword` is required when a password is already set. Every other session of the account is revoked.',
        body: changePasswordBodySchema,
      },
      config: { rateLimit: { max: limits.signInPerIp, timeWindow: limits.windowSeconds * 1000 } },
    },
    async (request, reply) => {
      await changePassword(deps, requireAuth(request), request.body, requestMetaOf(request))
      return reply.code(204).send()
    },
  )
}
