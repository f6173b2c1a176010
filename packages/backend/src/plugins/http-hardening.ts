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
    await app.register(compress, { threshold: 1024 })
  },
  { name: 'http-hardening' },
)
