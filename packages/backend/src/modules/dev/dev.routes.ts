import { outboxListSchema, outboxQuerySchema, parseIdentifier } from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error.ts'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * The outbox hands out sign-in codes, so it answers only a browser on this machine: a laptop
 * started with HOST=0.0.0.0 in a café must not give accounts to its neighbours. Both the
 * connection and the client address (which differs only behind a trusted proxy) must be local.
 */
function isLocalRequest(request: FastifyRequest): boolean {
  return LOOPBACK.test(request.socket.remoteAddress ?? '') && LOOPBACK.test(request.ip)
}

/**
 * GET /api/v1/dev/outbox: what the offline SMS and email senders "sent", newest first, so a
 * developer or an e2e test can read sign-in codes. Registered only when DEV_OUTBOX is on (by
 * default outside production; never together with a real provider, see config/identity-config.ts),
 * and answered only to requests from this machine; others get the 404 of a missing route.
 */
export const devRoutes: FastifyPluginAsyncZod = async (app) => {
  if (!app.config.identity.devOutbox) return
  app.get(
    '/dev/outbox',
    {
      schema: {
        tags: ['dev'],
        summary: 'What the offline SMS and email senders sent',
        description:
          'Development only (DEV_OUTBOX): sign-in codes that went nowhere, newest first. Absent in production.',
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema },
      },
    },
    async (request) => {
      if (!isLocalRequest(request)) throw new AppError('NOT_FOUND', 'dev outbox is local only')
      const { to } = request.query
      // Accept the recipient as typed ("0912 …"); the outbox holds it in stored form.
      const recipient = to === undefined ? undefined : (parseIdentifier(to)?.value ?? to)
      return { items: app.identity.outbox.list({ to: recipient }) }
    },
  )
}
