import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { announcementRoutes } from './announcement.routes.ts'
import { registerAnnouncementJobs } from './announcement-send.ts'
import { deliveryLogRoutes } from './delivery-log.routes.ts'
import { notificationAdminDepsOf } from './notification-admin-deps.ts'

/**
 * The admin side of notifications: announcements (and the job that sends them) and the
 * delivery log. The notifications module plugin registers it under /api/v1.
 */
export const notificationAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = notificationAdminDepsOf(app)
  await registerAnnouncementJobs(deps)
  await app.register(announcementRoutes, { deps })
  await app.register(deliveryLogRoutes, { deps })
}
