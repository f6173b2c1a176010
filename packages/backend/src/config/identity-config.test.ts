import { describe, expect, it } from 'vitest'
import { productionEnv } from '../../test/production-env.ts'
import { loadConfig } from './config.ts'

describe('identity settings', () => {
  it('have working defaults outside production', () => {
    const config = loadConfig({ NODE_ENV: 'development' })
    expect(config.identity).toMatchObject({
      devOutbox: true,
      sms: { provider: 'console' },
      email: { provider: 'console' },
      otp: { ttlSeconds: 120, maxAttempts: 5, cooldownSeconds: 60 },
    })
    expect(config.identity.totpEncryptionKey).toHaveLength(32)
  })

  it('require the secrets in production and keep the dev outbox off there', () => {
    expect(() => loadConfig({ ...productionEnv(), AUTH_SECRET: '' })).toThrow('AUTH_SECRET')
    expect(() => loadConfig({ ...productionEnv(), TOTP_ENCRYPTION_KEY: '' })).toThrow(
      'TOTP_ENCRYPTION_KEY',
    )
    expect(loadConfig(productionEnv()).identity.devOutbox).toBe(false)
  })

  it('refuse a TOTP key that is not 32 bytes', () => {
    expect(() => loadConfig({ ...productionEnv(), TOTP_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      '32 bytes',
    )
  })

  it('refuse the dev outbox beside a real provider', () => {
    const kavenegar = { SMS_PROVIDER: 'kavenegar', KAVENEGAR_API_KEY: 'k' }
    expect(() => loadConfig({ ...productionEnv(kavenegar), DEV_OUTBOX: 'true' })).toThrow(
      'DEV_OUTBOX',
    )
    const smtp = { EMAIL_PROVIDER: 'smtp', SMTP_URL: 'smtp://127.0.0.1:2525', DEV_OUTBOX: 'true' }
    expect(() => loadConfig({ NODE_ENV: 'development', ...smtp })).toThrow('DEV_OUTBOX')
    expect(loadConfig({ NODE_ENV: 'development', ...kavenegar }).identity.devOutbox).toBe(false)
    expect(loadConfig(productionEnv({ DEV_OUTBOX: 'true' })).identity.devOutbox).toBe(true)
  })

  it('need the provider settings a real provider uses', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'kavenegar' })).toThrow('KAVENEGAR_API_KEY')
    expect(() => loadConfig({ EMAIL_PROVIDER: 'smtp' })).toThrow('SMTP_URL')
  })
})
