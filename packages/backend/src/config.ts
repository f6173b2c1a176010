import { z } from 'zod'
import { type CareConfig, careConfigOf, careEnvShape } from './care-config.ts'
import { ConfigError } from './config-error.ts'
import { type IdentityConfig, identityConfigOf, identityEnvShape } from './identity-config.ts'
import { type MessagingConfig, messagingConfigOf, messagingEnvShape } from './messaging-config.ts'
import { type PaymentsConfig, paymentsConfigOf, paymentsEnvShape } from './payments-config.ts'

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
)

// A scheme check catches the classic `localhost:6379`, which is otherwise a valid URL.
const urlOf = (protocol: RegExp, example: string) =>
  z.url({ protocol, error: `must be a URL like ${example}` }).optional()

/** Every setting the backend reads. Names match .env.example one to one. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: urlOf(/^https?$/, 'https://yektayar.ir'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: urlOf(/^postgres(ql)?$/, 'postgres://user:password@host:5432/yektayar'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: urlOf(/^rediss?$/, 'redis://host:6379'),
  REDIS_KEY_PREFIX: z.string().max(50).default('yy:'),
  CORS_ORIGINS: commaList.default([]),
  TRUSTED_PROXIES: commaList.default([]),
  SEED_DEMO: booleanFlag.optional(),
  SERVE_APPS: booleanFlag.default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  JOBS_ENABLED: booleanFlag.default(true),
  SESSION_IDLE_PATIENT_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .default(30 * 24 * 60),
  SESSION_IDLE_STAFF_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .default(12 * 60),
  SESSION_ABSOLUTE_PATIENT_DAYS: z.coerce.number().int().min(1).default(90),
  SESSION_ABSOLUTE_STAFF_DAYS: z.coerce.number().int().min(1).default(7),
  ...identityEnvShape,
  ...careEnvShape,
  ...messagingEnvShape,
  ...paymentsEnvShape,
})

/** The names of every variable read, for the test that keeps .env.example complete. */
export const ENV_VARIABLES = Object.keys(envSchema.shape)

type ParsedEnv = z.output<typeof envSchema>

export interface Config {
  env: ParsedEnv['NODE_ENV']
  isProduction: boolean
  host: string
  port: number
  publicUrl: string
  logLevel: ParsedEnv['LOG_LEVEL']
  database: { url?: string; dataDir: string; poolSize: number }
  redisUrl?: string
  redisKeyPrefix: string
  corsOrigins: string[]
  trustedProxies: string[]
  seedDemo: boolean
  serveApps: boolean
  shutdownTimeoutMs: number
  jobsEnabled: boolean
  sessions: {
    idleMinutes: { patient: number; staff: number }
    absoluteDays: { patient: number; staff: number }
    /** Psychologists and admins must enrol TOTP before anything else (REQUIRE_STAFF_TOTP). */
    requireStaffTotp: boolean
  }
  identity: IdentityConfig
  care: CareConfig
  messaging: MessagingConfig
  payments: PaymentsConfig
}

export { ConfigError }

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const withoutBlanks = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const result = envSchema.safeParse(withoutBlanks)
  if (!result.success) {
    const issue = result.error.issues[0]
    const variable = issue?.path.join('.') ?? 'environment'
    throw new ConfigError(`Invalid setting ${variable}: ${issue?.message ?? 'invalid value'}`)
  }
  return toConfig(result.data)
}

function toConfig(env: ParsedEnv): Config {
  const isProduction = env.NODE_ENV === 'production'
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL,
    database: { url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DATABASE_POOL_SIZE },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    corsOrigins: env.CORS_ORIGINS,
    trustedProxies: env.TRUSTED_PROXIES,
    seedDemo: env.SEED_DEMO ?? !isProduction,
    serveApps: env.SERVE_APPS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    jobsEnabled: env.JOBS_ENABLED,
    sessions: {
      idleMinutes: {
        patient: env.SESSION_IDLE_PATIENT_MINUTES,
        staff: env.SESSION_IDLE_STAFF_MINUTES,
      },
      absoluteDays: {
        patient: env.SESSION_ABSOLUTE_PATIENT_DAYS,
        staff: env.SESSION_ABSOLUTE_STAFF_DAYS,
      },
      requireStaffTotp: env.REQUIRE_STAFF_TOTP,
    },
    identity: identityConfigOf(env, isProduction),
    care: careConfigOf(env, isProduction),
    messaging: messagingConfigOf(env),
    payments: paymentsConfigOf(env),
  }
}
