import { randomBytes } from 'node:crypto'
import type { BenchSettings } from '../settings.ts'

interface AppEnvInput {
  settings: BenchSettings
  host: string
  port: number
  /** Fresh embedded data directory; ignored when settings name a PostgreSQL database. */
  dataDir: string
}

/**
 * The environment of a production boot. Anything the bench does not decide comes from the
 * caller's environment, but database and Redis come only from the bench settings so a stray
 * exported variable never points the bench at the wrong store.
 */
export function appEnvironment(input: AppEnvInput): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.DATABASE_URL
  delete env.DATA_DIR
  delete env.REDIS_URL
  return { ...env, ...appSettings(input) }
}

/** What the bench decides of a production boot's environment (an environment file's lines). */
export function appSettings({ settings, host, port, dataDir }: AppEnvInput) {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: host,
    PORT: String(port),
    PUBLIC_URL: `http://${host}:${port}`,
    SEED_DEMO: 'false',
    // Production refuses to start without notes keys; a throwaway one per bench run.
    NOTES_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    NOTIFICATION_UNSUBSCRIBE_SECRET: randomBytes(32).toString('base64url'),
    ...identityEnvironment(),
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATA_DIR: dataDir }),
    ...(settings.redisUrl ? { REDIS_URL: settings.redisUrl } : {}),
  }
}

/** Bearer token of the bench app's /metrics, where scenarios read its event-loop delay. */
export const BENCH_METRICS_TOKEN = `bench-${randomBytes(16).toString('hex')}`

/**
 * Identity settings of the bench app: production's required secrets (throwaway), the dev outbox
 * so scenarios can sign people in through the API (allowed here only because SMS and email stay
 * on the console providers; config refuses DEV_OUTBOX beside a real one), /metrics behind a
 * token, and sign-in and public limits high enough that one address can drive the load.
 */
function identityEnvironment() {
  return {
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SMS_PROVIDER: 'console',
    EMAIL_PROVIDER: 'console',
    DEV_OUTBOX: 'true',
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
    RATE_LIMIT_OTP_SEND_PER_IP: '1000000',
    RATE_LIMIT_SIGN_IN_PER_IP: '1000000',
    // The directory and availability scenarios ask without a session from one address.
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
  }
}
