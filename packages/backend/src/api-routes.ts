import type { FastifyPluginAsync } from 'fastify'

/** Every feature module's routes, mounted under /api/v1. */
export const apiRoutes: FastifyPluginAsync = async (_app) => {}
