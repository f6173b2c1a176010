import { z } from 'zod'
import { flag, int, list, urlOf, withoutTrailingSlash } from './env-fields.ts'

/** The process, its network, storage and background work. */
export const serverEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(3000, { min: 0, max: 65535 }),
  PUBLIC_URL: urlOf(/^https?$/, 'https://yektayar.ir'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: urlOf(/^postgres(ql)?$/, 'postgres://user:password@host:5432/yektayar'),
  DATABASE_POOL_SIZE: int(10, { min: 1, max: 200 }),
  REDIS_URL: urlOf(/^rediss?$/, 'redis://host:6379'),
  REDIS_KEY_PREFIX: z.string().max(50).default('yy:'),
  CORS_ORIGINS: list(),
  TRUSTED_PROXIES: list(),
  SEED_DEMO: flag().optional(),
  SERVE_APPS: flag().default(true),
  SHUTDOWN_TIMEOUT_MS: int(5_000, { min: 100, max: 60_000 }),
  SHUTDOWN_DRAIN_MS: int(0, { min: 0, max: 30_000 }),
  JOBS_ENABLED: flag().default(true),
}

type ServerEnv = z.output<z.ZodObject<typeof serverEnvShape>>

export interface ServerConfig {
  env: ServerEnv['NODE_ENV']
  isProduction: boolean
  host: string
  port: number
  publicUrl: string
  logLevel: ServerEnv['LOG_LEVEL']
  database: { url?: string; dataDir: string; poolSize: number }
  redisUrl?: string
  redisKeyPrefix: string
  corsOrigins: string[]
  trustedProxies: string[]
  seedDemo: boolean
  serveApps: boolean
  shutdownTimeoutMs: number
  /** Before closing on SIGTERM/SIGINT: /readyz answers 503 this long while all else is served. */
  shutdownDrainMs: number
  jobsEnabled: boolean
}

export function serverConfigOf(env: ServerEnv): ServerConfig {
  const isProduction = env.NODE_ENV === 'production'
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl: withoutTrailingSlash(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`),
    logLevel: env.LOG_LEVEL,
    database: { url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DATABASE_POOL_SIZE },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    corsOrigins: env.CORS_ORIGINS,
    trustedProxies: env.TRUSTED_PROXIES,
    seedDemo: env.SEED_DEMO ?? !isProduction,
    serveApps: env.SERVE_APPS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs: env.SHUTDOWN_DRAIN_MS,
    jobsEnabled: env.JOBS_ENABLED,
  }
}
