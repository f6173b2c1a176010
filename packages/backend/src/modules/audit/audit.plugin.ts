import { modulePlugin } from '../../lib/module-plugin.ts'
import { auditRoutes } from './audit.routes.ts'

/** The audit trail: other modules write through audit.service; admins read it here. */
export const auditPlugin = modulePlugin('audit', ['authenticate'], async (app) => {
  await app.register(auditRoutes)
})
