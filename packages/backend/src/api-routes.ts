import type { FastifyPluginAsync } from 'fastify'
import { adminMoneyPlugin } from './modules/admin-money/admin-money.plugin.ts'
import { appointmentsPlugin } from './modules/appointments/appointments.plugin.ts'
import { assessmentsPlugin } from './modules/assessments/assessments.plugin.ts'
import { auditPlugin } from './modules/audit/audit.plugin.ts'
import { authPlugin } from './modules/auth/auth.plugin.ts'
import { companionPlugin } from './modules/companion/companion.plugin.ts'
import { configPlugin } from './modules/config/config.plugin.ts'
import { devPlugin } from './modules/dev/dev.plugin.ts'
import { filesPlugin } from './modules/files/files.plugin.ts'
import { learningPlugin } from './modules/learning/learning.plugin.ts'
import { messagingPlugin } from './modules/messaging/messaging.plugin.ts'
import { notesPlugin } from './modules/notes/notes.plugin.ts'
import { notificationsPlugin } from './modules/notifications/notifications.plugin.ts'
import { paymentsPlugin } from './modules/payments/payments.plugin.ts'
import { professionalsPlugin } from './modules/professionals/professionals.plugin.ts'
import { rbacPlugin } from './modules/rbac/rbac.plugin.ts'
import { reportsPlugin } from './modules/reports/reports.plugin.ts'
import { safetyPlugin } from './modules/safety/safety.plugin.ts'
import { usersPlugin } from './modules/users/users.plugin.ts'
import { authenticatePlugin } from './plugins/authenticate.ts'
import { publicRateLimitPlugin } from './plugins/public-rate-limit.ts'

/**
 * Every feature module, mounted under /api/v1 behind session resolution. Each module lists its
 * dependencies, so this order (lower modules first) is checked at boot.
 */
const modules = [
  authenticatePlugin,
  publicRateLimitPlugin,
  auditPlugin,
  configPlugin,
  rbacPlugin,
  usersPlugin,
  authPlugin,
  devPlugin,
  professionalsPlugin,
  appointmentsPlugin,
  safetyPlugin,
  messagingPlugin,
  notesPlugin,
  learningPlugin,
  assessmentsPlugin,
  paymentsPlugin,
  adminMoneyPlugin,
  notificationsPlugin,
  filesPlugin,
  companionPlugin,
  reportsPlugin,
]

export const apiRoutes: FastifyPluginAsync = async (app) => {
  for (const plugin of modules) await app.register(plugin)
}
