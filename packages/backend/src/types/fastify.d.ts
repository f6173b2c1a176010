import type { Redis } from 'ioredis'
import type { Config } from '../config/config.ts'
import type { Database } from '../db/database.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import type { AppServer } from '../realtime/socket-server.ts'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    database: Database
    io: AppServer
    redis: Redis | undefined
    jobs: JobQueue | undefined
    /** Set by main.ts once shutdown begins: /readyz answers 503 so balancers stop sending. */
    draining: boolean
  }
}
