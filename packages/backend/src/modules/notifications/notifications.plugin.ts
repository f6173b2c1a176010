import { modulePlugin } from '../../lib/module-plugin.ts'
import { notificationAdminRoutes } from './admin/notification-admin.routes.ts'

/** Notifications; for now only its admin side: announcements and the delivery log. */
export const notificationsPlugin = modulePlugin(
  'notifications',
  ['authenticate', 'audit'],
  async (app) => {
    await app.register(notificationAdminRoutes)
  },
)
