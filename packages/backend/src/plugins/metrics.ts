import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { collectDefaultMetrics, Registry } from 'prom-client'

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '')
  const expected = Buffer.from(`Bearer ${token}`)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * prom-client's process metrics at GET /metrics, including event-loop delay percentiles
 * (`nodejs_eventloop_lag_p99_seconds`, reset at every scrape, so a scrape before and one after
 * a load test bracket exactly that load). Open outside production; in production only with
 * METRICS_TOKEN as a bearer token, and absent without one.
 */
export const metricsPlugin = fp(
  async (app: FastifyInstance) => {
    const token = app.config.identity.metricsToken
    if (app.config.isProduction && !token) return
    const registry = new Registry()
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 5 })
    app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
      if (token && !bearerMatches(request.headers.authorization, token)) {
        return reply.code(404).send()
      }
      return reply.type(registry.contentType).send(await registry.metrics())
    })
  },
  { name: 'metrics' },
)
