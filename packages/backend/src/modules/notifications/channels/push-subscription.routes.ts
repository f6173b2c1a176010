import {
  pushConfigSchema,
  pushSubscriptionBodySchema,
  pushUnsubscribeBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../../plugins/authenticate.ts'
import { channelSetupOf } from './channel-senders.ts'
import { subscribeToPush, unsubscribeFromPush } from './push-subscription.service.ts'

const tags = ['notifications']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const HOUR_MS = 3_600_000

/** Web Push: the VAPID key a browser subscribes with, and saving or forgetting a browser. */
export const pushSubscriptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db
  const publicKey = channelSetupOf(app).pushPublicKey

  app.get(
    '/notifications/push-config',
    {
      schema: {
        tags,
        summary: 'Web Push key',
        description:
          'The VAPID public key for `PushManager.subscribe({ applicationServerKey })`, or `null` when push is off on this server.',
        response: { 200: pushConfigSchema },
      },
    },
    async () => ({ publicKey }),
  )

  app.post(
    '/notifications/push-subscriptions',
    {
      // A browser subscribes once per sign-in; this only stops a script filling the table.
      config: {
        rateLimit: {
          max: 20,
          timeWindow: HOUR_MS,
          keyGenerator: (request) => `push-subscribe:${request.auth?.userId ?? request.ip}`,
        },
      },
      schema: {
        tags,
        security,
        summary: 'Subscribe this browser to Web Push',
        description:
          'The body is `PushSubscription.toJSON()`. The same endpoint subscribed again (new keys, or another person on this browser) replaces the old one. 409 PUSH_NOT_CONFIGURED when push is off.',
        body: pushSubscriptionBodySchema,
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request)
      const userAgent = request.headers['user-agent']
      await subscribeToPush(db, publicKey !== null, auth, request.body, userAgent)
      return reply.code(204).send()
    },
  )

  app.delete(
    '/notifications/push-subscriptions',
    {
      schema: {
        tags,
        security,
        summary: 'Unsubscribe a browser from Web Push',
        description: 'Forgets my subscription of that endpoint; 204 whether or not there was one.',
        body: pushUnsubscribeBodySchema,
      },
    },
    async (request, reply) => {
      await unsubscribeFromPush(db, requireAuth(request), request.body.endpoint)
      return reply.code(204).send()
    },
  )
}
