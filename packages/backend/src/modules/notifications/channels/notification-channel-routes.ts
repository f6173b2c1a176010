import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { pushSubscriptionRoutes } from './push-subscription.routes.ts'
import { unsubscribeRoutes } from './unsubscribe.routes.ts'

/**
 * The channels' own routes under /api/v1: Web Push config and subscriptions, and the email
 * unsubscribe link. Registered by the notifications module plugin, behind authenticate.
 */
export const notificationChannelRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(pushSubscriptionRoutes)
  await app.register(unsubscribeRoutes)
}
