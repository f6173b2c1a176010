import type { FastifyPluginAsync } from 'fastify'
import { appointmentRoutes } from './modules/appointments/appointment.routes.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { authRoutes } from './modules/auth/auth.routes.ts'
import { devRoutes } from './modules/dev/dev.routes.ts'
import { messagingRoutes } from './modules/messaging/messaging.routes.ts'
import { noteRoutes } from './modules/notes/note.routes.ts'
import { paymentRoutes } from './modules/payments/payment.routes.ts'
import { professionalRoutes } from './modules/professionals/professional.routes.ts'
import { rbacRoutes } from './modules/rbac/rbac.routes.ts'
import { usersRoutes } from './modules/users/users.routes.ts'
import { authenticatePlugin } from './plugins/authenticate.ts'

/** Every feature module's routes, mounted under /api/v1 behind session resolution. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(authenticatePlugin)
  await app.register(authRoutes)
  await app.register(usersRoutes)
  await app.register(rbacRoutes)
  await app.register(auditRoutes)
  await app.register(devRoutes)
  await app.register(messagingRoutes)
  await app.register(professionalRoutes)
  await app.register(appointmentRoutes)
  await app.register(noteRoutes)
  await app.register(paymentRoutes)
}
