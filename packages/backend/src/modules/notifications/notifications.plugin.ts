import { modulePlugin } from '../../lib/module-plugin.ts'
import { notificationRoutes } from './notification.routes.ts'
import { notificationDepsOf } from './notification-deps.ts'
import { registerNotificationJobs } from './notification-jobs.ts'

/**
 * The notifications engine (issue 15): consumes the notification.event jobs every module
 * queues, delivers each channel once (in-app over Socket.IO; SMS, email and push through the
 * senders of channels/), and serves the notification centre and its settings.
 */
export const notificationsPlugin = modulePlugin(
  'notifications',
  ['identity', 'socket-io', 'authenticate', 'users'],
  async (app) => {
    const deps = notificationDepsOf(app)
    await registerNotificationJobs(deps)
    await app.register(notificationRoutes, { deps })
  },
)
