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
export function appEnvironment({ settings, host, port, dataDir }: AppEnvInput): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: host,
    PORT: String(port),
    PUBLIC_URL: `http://${host}:${port}`,
    SEED_DEMO: 'false',
  }
  delete env.DATABASE_URL
  delete env.DATA_DIR
  delete env.REDIS_URL
  if (settings.databaseUrl) env.DATABASE_URL = settings.databaseUrl
  else env.DATA_DIR = dataDir
  if (settings.redisUrl) env.REDIS_URL = settings.redisUrl
  return env
}
