import { outboxListSchema, outboxQuerySchema, parseIdentifier } from '@yektayar/shared'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error.ts'
import { OUTBOX_PAGE_CSP, outboxPage } from './outbox-page.ts'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * The outbox hands out sign-in codes, so it answers only a browser on this machine: a laptop
 * started with HOST=0.0.0.0 in a café must not give accounts to its neighbours. Both the
 * connection and the client address (which differs only behind a trusted proxy) must be local.
 */
function isLocalRequest(request: FastifyRequest): boolean {
  return LOOPBACK.test(request.socket.remoteAddress ?? '') && LOOPBACK.test(request.ip)
}

/** A browser opening the printed address; fetch() and API clients get JSON. */
function wantsHtml(request: FastifyRequest): boolean {
  return request.headers.accept?.includes('text/html') ?? false
}

/**
 * GET /api/v1/dev/outbox: what the offline SMS and email senders "sent", newest first, so a
 * developer or an e2e test can read sign-in codes (a browser asking for HTML gets a readable page). Registered only when DEV_OUTBOX is on (by
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
        // JSON for programs; a browser asking for text/html gets the page (outbox-page.ts).
        response: { 200: outboxListSchema.or(z.string()) },
      },
    },
    async (request, reply) => {
      if (!isLocalRequest(request)) throw new AppError('NOT_FOUND', 'dev outbox is local only')
      const { to } = request.query
      // Accept the recipient as typed ("0912 …"); the outbox holds it in stored form.
      const recipient = to === undefined ? undefined : (parseIdentifier(to)?.value ?? to)
      const items = app.identity.outbox.list({ to: recipient })
      if (!wantsHtml(request)) return { items }
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', OUTBOX_PAGE_CSP)
        .header('cache-control', 'no-store')
        .send(outboxPage(items))
    },
  )
}
