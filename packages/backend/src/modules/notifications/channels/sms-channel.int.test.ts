import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type KavenegarServer, startKavenegarServer } from '../../../../test/kavenegar-server.ts'
import { createTestApp, type TestApp } from '../../../../test/test-app.ts'
import { channelSetupOf } from './channel-senders.ts'
import { type OutboundNotice, PermanentChannelError } from './notification-channel.ts'

const API_KEY = '4F6A-notify-test-key'

function notice(overrides: Partial<OutboundNotice> = {}): OutboundNotice {
  return {
    deliveryId: '0b5d7a8e-1f0c-4c55-9a51-3c1d5d0f7e11',
    userId: '7f9c2b1e-52a4-4c3e-8f0d-2a6b1e4c9d10',
    category: 'appointment_reminder',
    locale: 'fa',
    title: 'یادآوری نوبت',
    body: 'نوبت مشاوره شما فردا ساعت ۱۰:۳۰ است.',
    discreetText: 'شما فردا ساعت ۱۰:۳۰ نوبت دارید — یکتایار',
    smsTemplate: { templateKey: 'appointment.reminder', tokens: ['فردا', '۱۰:۳۰'] },
    link: '/appointments/1',
    reach: { phone: '+989121234567', email: null },
    unsubscribable: false,
    ...overrides,
  }
}

describe('SMS channel through Kavenegar', () => {
  let kavenegar: KavenegarServer
  let testApp: TestApp

  beforeAll(async () => {
    kavenegar = await startKavenegarServer()
    testApp = await createTestApp({
      env: {
        SMS_PROVIDER: 'kavenegar',
        KAVENEGAR_API_KEY: API_KEY,
        KAVENEGAR_SENDER: '10004346',
        KAVENEGAR_BASE_URL: kavenegar.baseUrl,
        KAVENEGAR_NOTIFICATION_TEMPLATES: 'appointment.reminder:yekta-reminder',
      },
    })
  })

  afterAll(async () => {
    await testApp?.close()
    await kavenegar?.close()
  })

  beforeEach(() => {
    kavenegar.requests.length = 0
    kavenegar.answers.length = 0
  })

  const sms = () => {
    const sender = channelSetupOf(testApp.app).senders.sms
    if (!sender) throw new Error('no SMS sender')
    return sender
  }

  it('sends a configured template through verify/lookup with space-free tokens', async () => {
    const result = await sms().send(
      notice({
        smsTemplate: { templateKey: 'appointment.reminder', tokens: ['دکتر مریم', '10:30'] },
      }),
    )
    expect(kavenegar.requests).toEqual([
      {
        method: 'verify/lookup',
        apiKey: API_KEY,
        params: {
          receptor: '09121234567',
          template: 'yekta-reminder',
          token: 'دکتر\u200cمریم',
          token2: '10:30',
        },
      },
    ])
    expect(result).toEqual({ providerMessageId: expect.stringMatching(/^\d+$/) })
  })

  it('sends the discreet text through sms/send when no template is configured for the key', async () => {
    const result = await sms().send(
      notice({ smsTemplate: { templateKey: 'payment.receipt', tokens: ['x'] } }),
    )
    expect(kavenegar.requests).toEqual([
      {
        method: 'sms/send',
        apiKey: API_KEY,
        params: {
          receptor: '09121234567',
          sender: '10004346',
          message: 'شما فردا ساعت ۱۰:۳۰ نوبت دارید — یکتایار',
        },
      },
    ])
    expect(result.providerMessageId).toMatch(/^\d+$/)
  })

  it('sends plain text when the notice has no template at all', async () => {
    await sms().send(notice({ smsTemplate: undefined, discreetText: 'Reminder — YektaYar' }))
    expect(kavenegar.requests[0]?.method).toBe('sms/send')
    expect(kavenegar.requests[0]?.params.message).toBe('Reminder — YektaYar')
  })

  it('skips a person without a verified phone and calls nobody', async () => {
    const result = await sms().send(notice({ reach: { phone: null, email: 'a@b.io' } }))
    expect(result).toEqual({ skipped: 'no verified phone' })
    expect(kavenegar.requests).toEqual([])
  })

  it.each([
    [411, 'invalid receptor'],
    [424, 'template not approved'],
    [431, 'token structure'],
    [412, 'invalid sender'],
  ])('fails for good on a 200 answer carrying status %i (%s)', async (status, message) => {
    kavenegar.answers.push({ kind: 'status', status, message })
    const error = await sms()
      .send(notice())
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(PermanentChannelError)
    expect(String((error as Error).message)).toContain(String(status))
    expect(String((error as Error).message)).not.toContain(API_KEY)
  })

  it.each([
    [{ kind: 'status', status: 418, message: 'no credit' }, '418'],
    [{ kind: 'status', status: 409, message: 'busy' }, '409'],
    [{ kind: 'http', httpStatus: 502 }, '502'],
  ] as const)('asks for a retry on %o', async (answer, shown) => {
    kavenegar.answers.push(answer)
    const error = await sms()
      .send(notice())
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(PermanentChannelError)
    expect(String((error as Error).message)).toContain(shown)
  })

  it('refuses a number Kavenegar cannot reach without calling it, for good', async () => {
    const error = await sms()
      .send(notice({ reach: { phone: '+441234567890', email: null } }))
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(PermanentChannelError)
    expect(kavenegar.requests).toEqual([])
  })

  it('is delivered once the provider is back after a 5xx', async () => {
    kavenegar.answers.push({ kind: 'http', httpStatus: 503 })
    await expect(sms().send(notice())).rejects.toThrow()
    const result = await sms().send(notice())
    expect(result.providerMessageId).toMatch(/^\d+$/)
    expect(kavenegar.requests).toHaveLength(2)
  })
})

describe('SMS channel offline (the default)', () => {
  let testApp: TestApp

  beforeAll(async () => {
    testApp = await createTestApp({
      env: { KAVENEGAR_NOTIFICATION_TEMPLATES: 'appointment.reminder:yekta-reminder' },
    })
  })

  afterAll(async () => {
    await testApp?.close()
  })

  it('writes the discreet text to the dev outbox and answers its id', async () => {
    const sender = channelSetupOf(testApp.app).senders.sms
    const result = await sender?.send(notice({ smsTemplate: undefined }))
    const [message] = testApp.app.identity.outbox.list({ to: '+989121234567' })
    expect(message).toMatchObject({
      channel: 'sms',
      text: 'شما فردا ساعت ۱۰:۳۰ نوبت دارید — یکتایار',
      purpose: 'message',
    })
    expect(result).toEqual({ providerMessageId: message?.id })
  })

  it('shows a template send as the template name and its tokens', async () => {
    await channelSetupOf(testApp.app).senders.sms?.send(notice())
    expect(testApp.app.identity.outbox.list()[0]).toMatchObject({
      purpose: 'template',
      text: '[yekta-reminder] فردا ۱۰:۳۰',
    })
  })

  it('has no push sender and no public key without VAPID keys', () => {
    const setup = channelSetupOf(testApp.app)
    expect(setup.pushPublicKey).toBeNull()
    expect(Object.keys(setup.senders).sort()).toEqual(['email', 'sms'])
  })
})
