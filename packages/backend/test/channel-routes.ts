import type { FastifyInstance } from 'fastify'
import { notificationChannelRoutes } from '../src/modules/notifications/channels/notification-channel-routes.ts'
import { authenticatePlugin } from '../src/plugins/authenticate.ts'

/**
 * Mounts the channels' routes under /api/v1 behind session resolution and CSRF, as the
 * notifications module does, for a test app built before that module registers them; once it
 * does (the routes exist already), this leaves the app as it is.
 */
export async function mountChannelRoutes(app: FastifyInstance): Promise<void> {
  if (app.hasRoute({ method: 'GET', url: '/api/v1/notifications/push-config' })) return
  await app.register(
    async (api) => {
      await api.register(authenticatePlugin)
      await api.register(notificationChannelRoutes)
    },
    { prefix: '/api/v1' },
  )
}
