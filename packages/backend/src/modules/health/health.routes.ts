import { healthResponseSchema, readinessResponseSchema } from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { checkReadiness } from './health.service.ts'

/**
 * Probes are hit every few seconds by load balancers and orchestrators, so they skip what they
 * do not need: they have no body to decompress, their answers are tiny (no compression) and
 * fixed in shape (plain JSON.stringify instead of validating each answer against its Zod
 * schema, which stays for the OpenAPI document). Their request lines are not logged either.
 * /healthz answers synchronously: an async handler costs a promise and a microtask turn, and
 * its answer leaves only after Node has run the request stream's end-of-message bookkeeping
 * (several nextTicks per request in a profile); answering inside the parser's callback, as raw
 * node:http does, skips most of that.
 */
const probeOptions = {
  compress: false,
  decompress: false,
  serializerCompiler: () => (data: unknown) => JSON.stringify(data),
} as const

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      ...probeOptions,
      schema: {
        tags: ['health'],
        summary: 'Liveness probe',
        description: 'Answers 200 while the process runs; checks nothing else.',
        response: { 200: healthResponseSchema },
      },
    },
    // Returns nothing: Fastify would hand a returned reply to send() a second time.
    (_request, reply) => {
      reply.send({ status: 'ok' })
    },
  )

  app.get(
    '/readyz',
    {
      ...probeOptions,
      schema: {
        tags: ['health'],
        summary: 'Readiness probe',
        description:
          '503 while the database does not answer within two seconds, and while the process drains before shutting down (SHUTDOWN_DRAIN_MS).',
        response: { 200: readinessResponseSchema, 503: readinessResponseSchema },
      },
    },
    async (_request, reply) => {
      if (app.draining) return reply.code(503).send({ status: 'unavailable', database: 'up' })
      const readiness = await checkReadiness(app.database)
      return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness)
    },
  )
}
