import { modulePlugin } from '../../lib/module-plugin.ts'
import { careDepsOf } from '../appointments/care-deps.ts'
import { adminAppointmentRoutes } from './admin-appointment.routes.ts'

/**
 * The admin panel's appointments (issue 20): the global list and its export, an appointment
 * with its money, and the clinic's cancel with a refund. It composes the appointments and
 * payments services; the payments list lives with payments (payment-admin.routes.ts).
 */
export const adminMoneyPlugin = modulePlugin(
  'admin-money',
  ['authenticate', 'audit', 'appointments', 'payments'],
  async (app) => {
    await app.register(adminAppointmentRoutes, { deps: careDepsOf(app) })
  },
)
