import Fastify, { type FastifyInstance, LogController } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { Redis } from 'ioredis'
import type { DestinationStream } from 'pino'
import { apiRoutes } from './api-routes.ts'
import type { Config } from './config/config.ts'
import type { Database } from './db/database.ts'
import type { JobQueue } from './jobs/job-queue.ts'
import { lazyChildLogger } from './lib/lazy-child-logger.ts'
import { loggerOptions } from './lib/logger-options.ts'
import { createRequestIdGenerator } from './lib/request-id.ts'
import { appLinksPlugin } from './modules/app-links/app-links.plugin.ts'
import { healthPlugin } from './modules/health/health.plugin.ts'
import { PROBE_PATHS } from './modules/health/probe-paths.ts'
import { canonicalHostPlugin } from './plugins/canonical-host.ts'
import { errorHandlerPlugin } from './plugins/error-handler.ts'
import { httpHardeningPlugin } from './plugins/http-hardening.ts'
import { identityPlugin } from './plugins/identity.ts'
import { metricsPlugin } from './plugins/metrics.ts'
import { openApiPlugin } from './plugins/openapi.ts'
import { staticAppsPlugin } from './plugins/static-apps.ts'
import { socketPlugin } from './realtime/socket.plugin.ts'
import './types/fastify.d.ts'

export interface AppDependencies {
  config: Config
  database: Database
  redis?: Redis
  jobs?: JobQueue
  /** Where log lines go instead of stdout: tests read them to check what is never logged. */
  logStream?: DestinationStream
}

const ONE_MEBIBYTE = 1024 * 1024

/** Builds the whole HTTP + Socket.IO application; main.ts and the tests build it the same way. */
export async function buildApp({ config, database, redis, jobs, logStream }: AppDependencies) {
  const app = Fastify({
    logger: logStream
      ? { ...loggerOptions(config), transport: undefined, stream: logStream }
      : loggerOptions(config),
    genReqId: createRequestIdGenerator(),
    childLoggerFactory: lazyChildLogger,
    logController: new LogController({
      disableRequestLogging: (request) => PROBE_PATHS.has(request.url),
    }),
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    bodyLimit: ONE_MEBIBYTE,
    // A request that reaches this process after closing began came on a connection accepted
    // before: it is served (the database and Redis stay open until requests end). A 503 here
    // would reach the person, since a proxy does not resend it elsewhere; new connections are
    // refused once closing begins, and those a proxy does fail over (docs/DEPLOYMENT.md).
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>()

  app.decorate('draining', false)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('config', config)
  app.decorate('database', database)
  app.decorate('redis', redis)
  app.decorate('jobs', jobs)

  await app.register(errorHandlerPlugin)
  await app.register(httpHardeningPlugin, { config })
  await app.register(canonicalHostPlugin, { config })
  await app.register(openApiPlugin)
  await app.register(healthPlugin)
  await app.register(appLinksPlugin)
  await app.register(metricsPlugin)
  await app.register(identityPlugin)
  await app.register(socketPlugin)
  await app.register(apiRoutes, { prefix: '/api/v1' })
  await app.register(staticAppsPlugin, { enabled: config.serveApps })
  return app as unknown as FastifyInstance
}
