import type { FastifyPluginAsync } from 'fastify'
import { authenticatePlugin } from './plugins/authenticate.ts'

/** Every feature module's routes, mounted under /api/v1 behind session resolution. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(authenticatePlugin)
}
