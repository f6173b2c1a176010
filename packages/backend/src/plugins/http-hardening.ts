import compress from '@fastify/compress'
import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config/config.ts'
import { securityHeadersPlugin } from './security-headers.ts'

export const httpHardeningPlugin = fp(
  async (app: FastifyInstance, { config }: { config: Config }) => {
    await app.register(securityHeadersPlugin, { config })
    // Without an allow-list no cross-origin request is allowed, so no hook needs to run.
    if (config.corsOrigins.length) {
      await app.register(cors, { origin: config.corsOrigins, credentials: true })
    }
    // A JSON answer up to 64 KB is compressed in one call on the event loop (brotli, 11 KB of
    // a page of people: 94 µs) instead of through a zlib stream on the thread pool, whose
    // set-up and hand-offs cost about 0.6 ms an answer (the default, 8 KB on two cores, sent a
    // page of people that way: brotli was the search's largest cost, issue 20's bench).
    await app.register(compress, { threshold: 1024, syncThreshold: 64 * 1024 })
  },
  { name: 'http-hardening' },
)
