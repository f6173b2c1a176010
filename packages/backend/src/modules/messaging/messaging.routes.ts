import type { FastifyPluginAsync } from 'fastify'
import { departmentRoutes } from './department.routes.ts'
import { messageRoutes } from './message.routes.ts'
import { threadRoutes } from './thread.routes.ts'

/** Threads, messages and departments under /api/v1 (issue 4). */
export const messagingRoutes: FastifyPluginAsync = async (app) => {
  await app.register(threadRoutes)
  await app.register(messageRoutes)
  await app.register(departmentRoutes)
}
