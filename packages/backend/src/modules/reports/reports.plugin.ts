import { modulePlugin } from '../../lib/module-plugin.ts'
import { dashboardRoutes } from './dashboard.routes.ts'

/**
 * Platform figures for the admin panel (issue 20), `reports.read`: aggregate counts read
 * straight from other modules' tables (a read model: it writes nothing, and no module depends
 * on it), never anyone's content.
 */
export const reportsPlugin = modulePlugin('reports', ['authenticate', 'config'], async (app) => {
  await app.register(dashboardRoutes)
})
