import { modulePlugin } from '../../lib/module-plugin.ts'
import { healthRoutes } from './health.routes.ts'

/** Liveness and readiness probes, at the root (outside /api/v1 and its session check). */
export const healthPlugin = modulePlugin('health', [], async (app) => {
  await app.register(healthRoutes)
})
