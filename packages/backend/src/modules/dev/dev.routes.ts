import { outboxListSchema, outboxQuerySchema, parseIdentifier } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

/**
 * GET /api/v1/dev/outbox: what the offline SMS and email senders "sent", newest first, so a
 * developer or an e2e test can read sign-in codes. Registered only when DEV_OUTBOX is on (by
 * default outside production; never together with a real provider, see config/identity-config.ts).
 */
export const devRoutes: FastifyPluginAsyncZod = async (app) => {
  if (!app.config.identity.devOutbox) return
  app.get(
    '/dev/outbox',
    {
      schema: {
        tags: ['dev'],
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema },
      },
    },
    async (request) => {
      const { to } = request.query
      // Accept the recipient as typed ("0912 …"); the outbox holds it in stored form.
      const recipient = to === undefined ? undefined : (parseIdentifier(to)?.value ?? to)
      return { items: app.identity.outbox.list({ to: recipient }) }
    },
  )
}
