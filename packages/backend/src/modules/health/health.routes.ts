import { healthResponseSchema, readinessResponseSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { checkReadiness } from './health.service.ts'

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { schema: { tags: ['health'], response: { 200: healthResponseSchema } }, logLevel: 'warn' },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        response: { 200: readinessResponseSchema, 503: readinessResponseSchema },
      },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      const readiness = await checkReadiness(app.database)
      return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness)
    },
  )
}
