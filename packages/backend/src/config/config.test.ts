import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { productionEnv } from '../../test/production-env.ts'
import { ConfigError, ENV_VARIABLES, loadConfig } from './config.ts'

/** The ConfigError loadConfig throws for `env`, or a failure if it accepts it. */
function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`)
}

describe('REQUIRE_STAFF_TOTP', () => {
  it('is always on in production, and refuses to be turned off there', () => {
    expect(loadConfig(productionEnv()).sessions.requireStaffTotp).toBe(true)
    expect(
      loadConfig(productionEnv({ REQUIRE_STAFF_TOTP: 'true' })).sessions.requireStaffTotp,
    ).toBe(true)
    expect(configErrorOf(productionEnv({ REQUIRE_STAFF_TOTP: 'false' })).message).toMatch(
      /^REQUIRE_STAFF_TOTP cannot be false in production/,
    )
  })

  it('is off by default elsewhere, and can be turned on', () => {
    expect(loadConfig({}).sessions.requireStaffTotp).toBe(false)
    expect(loadConfig({ REQUIRE_STAFF_TOTP: 'true' }).sessions.requireStaffTotp).toBe(true)
  })
})

describe('loadConfig', () => {
  it('starts with no environment at all, on the embedded defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      database: { url: undefined, dataDir: './data', poolSize: 10 },
      redisUrl: undefined,
      corsOrigins: [],
      trustedProxies: [],
      seedDemo: true,
      serveApps: true,
      shutdownTimeoutMs: 5000,
      shutdownDrainMs: 0,
      jobsEnabled: true,
    })
  })

  it('derives PUBLIC_URL from PORT unless it is given, without a trailing slash', () => {
    expect(loadConfig({ PORT: '4123' }).publicUrl).toBe('http://localhost:4123')
    const explicit = loadConfig({ PORT: '4123', PUBLIC_URL: 'https://yektayar.ir/' })
    expect(explicit.publicUrl).toBe('https://yektayar.ir')
  })

  it('splits comma lists and treats blank values as unset', () => {
    const config = loadConfig({
      CORS_ORIGINS: ' https://a.example , https://b.example,,',
      TRUSTED_PROXIES: '10.0.0.1',
      PORT: '',
      DATABASE_URL: '',
    })
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example'])
    expect(config.trustedProxies).toEqual(['10.0.0.1'])
    expect(config.port).toBe(3000)
    expect(config.database.url).toBeUndefined()
  })

  it('reads boolean flags in their usual spellings', () => {
    expect(loadConfig({ SERVE_APPS: 'no', JOBS_ENABLED: '0' })).toMatchObject({
      serveApps: false,
      jobsEnabled: false,
    })
    expect(loadConfig({ SEED_DEMO: 'yes' }).seedDemo).toBe(true)
  })

  it('caches the notification list for seconds, or not at all with 0', () => {
    expect(loadConfig({}).notificationList).toEqual({ cacheMs: 5000 })
    expect(loadConfig({ NOTIFICATION_LIST_CACHE_SECONDS: '0' }).notificationList).toEqual({
      cacheMs: 0,
    })
  })

  it('seeds demo data outside production only, unless told otherwise', () => {
    expect(loadConfig(productionEnv()).seedDemo).toBe(false)
    expect(loadConfig(productionEnv({ SEED_DEMO: 'true' })).seedDemo).toBe(true)
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db.example/yektayar'],
    ['REDIS_URL', 'localhost:6379'],
    ['PUBLIC_URL', 'ftp://yektayar.ir'],
    ['LOG_LEVEL', 'verbose'],
    ['NODE_ENV', 'staging'],
    ['SERVE_APPS', 'maybe'],
    ['SHUTDOWN_TIMEOUT_MS', '10'],
    ['DATABASE_POOL_SIZE', '0'],
    ['NOTIFICATION_LIST_CACHE_SECONDS', '61'],
  ])('refuses %s=%s with one line naming the variable', (name, value) => {
    const error = configErrorOf({ [name]: value })
    expect(error.message).toContain(name)
    expect(error.message).not.toContain('\n')
  })
})

describe('.env.example', () => {
  const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8')

  it('documents every variable the backend reads, and nothing else', () => {
    const documented = [...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1])
    expect(new Set(documented)).toEqual(new Set(ENV_VARIABLES))
  })

  it('shows the real defaults in its uncommented lines', () => {
    const active = Object.fromEntries(
      [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]),
    )
    expect(loadConfig(active)).toEqual(loadConfig({}))
  })
})

describe('APPOINTMENT_REMINDER_MINUTES', () => {
  it('reminds 24 h and 1 h before by default', () => {
    expect(loadConfig({}).care.reminderMinutesBefore).toEqual([1440, 60])
  })

  it('takes distinct whole minutes, largest first, and refuses anything else', () => {
    const env = { APPOINTMENT_REMINDER_MINUTES: '30, 2880,30' }
    expect(loadConfig(env).care.reminderMinutesBefore).toEqual([2880, 30])
    for (const bad of ['0', '1.5', 'soon', '50000']) {
      expect(configErrorOf({ APPOINTMENT_REMINDER_MINUTES: bad }).message).toMatch(
        /APPOINTMENT_REMINDER_MINUTES/,
      )
    }
  })
})
