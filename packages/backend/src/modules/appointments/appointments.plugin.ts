import { modulePlugin } from '../../lib/module-plugin.ts'
import { appointmentRoutes } from './appointment.routes.ts'
import { careDepsOf } from './care-deps.ts'
import { registerCareJobs } from './care-jobs.ts'

/**
 * Booking, the appointment life cycle, reminders and the hold sweeper. Higher modules act inside
 * its transactions through appointment-hooks.ts (payments on cancel, messaging on the first
 * confirmed appointment) instead of being imported here.
 */
export const appointmentsPlugin = modulePlugin(
  'appointments',
  ['authenticate', 'audit', 'config', 'professionals'],
  async (app) => {
    const deps = careDepsOf(app)
    await registerCareJobs(deps)
    await app.register(appointmentRoutes, { deps })
  },
)
