import { modulePlugin } from '../../lib/module-plugin.ts'
import { alertRoutes } from './alert.routes.ts'
import { workEscalations } from './alert-escalation.ts'
import { onCallRoutes } from './on-call.routes.ts'
import { patientSafetyRoutes } from './patient-safety.routes.ts'
import { safetyDepsOf } from './safety-deps.ts'

/**
 * Clinical safety (issue 18, DESIGN §11): one place that decides risk for what patients write
 * (patient-signals.ts, called by messaging, courses and assessments), raises alerts for on-call
 * staff and the treating psychologist, escalates those nobody acknowledges, and keeps the
 * patient's safety plan. Reads appointments (who treats whom) and pages people through the
 * notifications module's job; messaging provides the urgent thread (urgent-thread-port.ts).
 */
export const safetyPlugin = modulePlugin(
  'safety',
  ['socket-io', 'authenticate', 'audit', 'config', 'users', 'appointments'],
  async (app) => {
    const deps = safetyDepsOf(app)
    if (app.jobs) await workEscalations(deps, app.jobs)
    for (const routes of [alertRoutes, patientSafetyRoutes, onCallRoutes]) {
      await app.register(routes, { deps })
    }
  },
)
