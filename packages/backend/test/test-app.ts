import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import type { DestinationStream } from 'pino'
import { buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config/config.ts'
import type { Database } from '../src/db/database.ts'
import { createJobQueue, type JobQueue } from '../src/jobs/job-queue.ts'
import { createRedis } from '../src/lib/redis-client.ts'
import { syncReferenceData } from '../src/seed/reference-data.ts'
import { createTestDatabase } from './test-database.ts'

export interface TestApp {
  app: FastifyInstance
  config: Config
  database: Database
  redis?: Redis
  jobs?: JobQueue
  close(): Promise<void>
}

export interface TestAppOptions {
  env?: Record<string, string>
  withJobs?: boolean
  /** Reuse a database (e.g. two instances on one database); the caller drops it. */
  database?: Database
  /** Registers extra routes or hooks (e.g. one that throws) before the app is made ready. */
  beforeReady?: (app: FastifyInstance) => void | Promise<void>
  /** Receives the app's log lines (set LOG_LEVEL in `env` to see them). */
  logStream?: DestinationStream
}

/**
 * The app as main.ts builds it, on this file's own database, and on Redis when REDIS_URL is set
 * (with a key prefix of its own so parallel files never share limits or streams).
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SERVE_APPS: 'false',
    REDIS_URL: process.env.REDIS_URL,
    REDIS_KEY_PREFIX: `yy-test-${randomBytes(4).toString('hex')}:`,
    // Secrets production insists on, so tests may also build the app with NODE_ENV=production.
    AUTH_SECRET: 'test-auth-secret-0123456789abcdef0123456789',
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // Every injected request comes from 127.0.0.1; tests of the public limit set their own.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    ...options.env,
  })
  const owned = options.database ? undefined : await createTestDatabase()
  const database = options.database ?? (owned as NonNullable<typeof owned>).database
  await syncReferenceData(database)
  const redis = config.redisUrl ? createRedis(config.redisUrl, config.redisKeyPrefix) : undefined
  const jobs = options.withJobs ? createJobQueue(database) : undefined
  await jobs?.start()
  const app = await buildApp({ config, database, redis, jobs, logStream: options.logStream })
  await options.beforeReady?.(app)
  await app.ready()
  return {
    app,
    config,
    database,
    redis,
    jobs,
    async close() {
      await app.close()
      await jobs?.stop()
      redis?.disconnect()
      await owned?.drop()
    },
  }
}
