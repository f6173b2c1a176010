import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const MINUTE_MS = 60_000

/**
 * A per-IP ceiling on everything asked without a session: the directory, availability, the
 * payment callback, the sandbox gateway. Far above what a person's browser sends (it exists to
 * stop scraping and floods, RATE_LIMIT_PUBLIC_PER_MINUTE); signed-in requests are attributable
 * and left to their own checks. Routes with a limit of their own (sign-in) keep only theirs:
 * @fastify/rate-limit runs one limiter per request, so this one steps aside for them.
 * Registered after authenticate so `request.auth` is known.
 */
export const publicRateLimitPlugin = fp(
  async (app: FastifyInstance) => {
    const limit = app.rateLimit({
      max: app.config.identity.limits.publicPerMinute,
      timeWindow: MINUTE_MS,
      keyGenerator: (request) => `public:${request.ip}`,
    })
    app.addHook('onRequest', async function (request, reply) {
      if (request.auth || request.routeOptions.config.rateLimit) return
      await limit.call(this, request, reply)
    })
  },
  { name: 'public-rate-limit', dependencies: ['identity', 'authenticate'] },
)
