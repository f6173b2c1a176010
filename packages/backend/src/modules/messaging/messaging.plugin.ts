import { modulePlugin } from '../../lib/module-plugin.ts'
import { firstAppointmentConfirmed } from '../appointments/appointment-hooks.ts'
import { provideUrgentThreadOpener } from '../safety/urgent-thread-port.ts'
import { onPersonShownChanged } from '../users/person-shown.ts'
import { workMessageDigests } from './message-digest-job.ts'
import { messagingRoutes } from './messaging.routes.ts'
import { useMessagingSocket } from './messaging.socket.ts'
import { messagingDepsOf } from './messaging-deps.ts'
import { forgetListsShowing } from './thread.service.ts'
import { openDirectThread, openUrgentThread } from './thread-create.service.ts'

/**
 * Threads, messages and departments over REST and Socket.IO. A patient's first confirmed
 * appointment with a psychologist opens their direct thread, in the confirming transaction.
 * Someone away when a message arrives gets a digest notice (message-digest-job.ts).
 */
export const messagingPlugin = modulePlugin(
  'messaging',
  ['socket-io', 'authenticate', 'audit', 'users', 'appointments', 'safety'],
  async (app) => {
    firstAppointmentConfirmed.register(openDirectThread)
    const runtime = messagingDepsOf(app)
    onPersonShownChanged(app.io, (userId) => forgetListsShowing(runtime, userId))
    provideUrgentThreadOpener(app.io, (auth, locale) => openUrgentThread(runtime, auth, locale))
    useMessagingSocket(app.io, app)
    await app.register(messagingRoutes)
    await workMessageDigests(app.database.db, app.jobs)
  },
)
