import type { Redis } from 'ioredis'
import type { Server } from 'socket.io'
import type { Config } from '../config/config.ts'
import type { Database } from '../db/database.ts'
import type { JobQueue } from '../jobs/job-queue.ts'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    database: Database
    io: Server
    redis: Redis | undefined
    jobs: JobQueue | undefined
  }
}
