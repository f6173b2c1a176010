import { describe, expect, it } from 'vitest'
import { productionEnv } from '../../test/production-env.ts'
import { loadConfig } from './config.ts'

const PUBLIC_KEY = `B${'a'.repeat(86)}`
const PRIVATE_KEY = 'p'.repeat(43)

describe('notification channel settings', () => {
  it('work offline by default: no templates, no push, a development unsubscribe secret', () => {
    const { channels } = loadConfig({ NODE_ENV: 'development' })
    expect(channels.smsTemplates.size).toBe(0)
    expect(channels.vapid).toBeNull()
    expect(channels.pushTtlSeconds).toBe(21_600)
    expect(channels.unsubscribeSecret.length).toBeGreaterThanOrEqual(32)
  })

  it('require the unsubscribe secret in production', () => {
    expect(() => loadConfig({ ...productionEnv(), NOTIFICATION_UNSUBSCRIBE_SECRET: '' })).toThrow(
      'NOTIFICATION_UNSUBSCRIBE_SECRET',
    )
    expect(() =>
      loadConfig({ ...productionEnv(), NOTIFICATION_UNSUBSCRIBE_SECRET: 'too-short' }),
    ).toThrow('NOTIFICATION_UNSUBSCRIBE_SECRET')
  })

  it('read the Kavenegar template map', () => {
    const { channels } = loadConfig({
      KAVENEGAR_NOTIFICATION_TEMPLATES:
        'appointment.reminder:yekta-reminder, payment_receipt:receipt2',
    })
    expect([...channels.smsTemplates]).toEqual([
      ['appointment.reminder', 'yekta-reminder'],
      ['payment_receipt', 'receipt2'],
    ])
    expect(() => loadConfig({ KAVENEGAR_NOTIFICATION_TEMPLATES: 'no-colon' })).toThrow(
      'templateKey:kavenegarTemplate',
    )
    expect(() => loadConfig({ KAVENEGAR_NOTIFICATION_TEMPLATES: 'a:two words' })).toThrow(
      'KAVENEGAR_NOTIFICATION_TEMPLATES',
    )
  })

  it('turn push on with a complete VAPID set and refuse half of one', () => {
    const vapid = {
      VAPID_PUBLIC_KEY: PUBLIC_KEY,
      VAPID_PRIVATE_KEY: PRIVATE_KEY,
      VAPID_SUBJECT: 'mailto:ops@yektayar.ir',
    }
    expect(loadConfig(vapid).channels.vapid).toEqual({
      publicKey: PUBLIC_KEY,
      privateKey: PRIVATE_KEY,
      subject: 'mailto:ops@yektayar.ir',
    })
    expect(() => loadConfig({ ...vapid, VAPID_PRIVATE_KEY: '' })).toThrow('go together')
    expect(() => loadConfig({ ...vapid, VAPID_SUBJECT: '' })).toThrow('VAPID_SUBJECT')
    expect(() => loadConfig({ ...vapid, VAPID_SUBJECT: 'ops@yektayar.ir' })).toThrow(
      'VAPID_SUBJECT',
    )
    expect(() => loadConfig({ ...vapid, VAPID_PUBLIC_KEY: 'short' })).toThrow('VAPID_PUBLIC_KEY')
  })

  it('point Kavenegar at the configured base URL', () => {
    const config = loadConfig({
      SMS_PROVIDER: 'kavenegar',
      KAVENEGAR_API_KEY: 'k',
      KAVENEGAR_BASE_URL: 'http://127.0.0.1:9999/',
    })
    expect(config.identity.sms.kavenegar?.baseUrl).toBe('http://127.0.0.1:9999')
  })
})
