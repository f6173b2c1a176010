import { globalAgent } from 'node:https'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import webpush from 'web-push'
import { createSignedInUser, type SignedInUser } from '../../../../test/auth-fixtures.ts'
import { mountChannelRoutes } from '../../../../test/channel-routes.ts'
import {
  browserSubscription,
  type PushService,
  startPushService,
} from '../../../../test/push-service.ts'
import { createTestApp, type TestApp } from '../../../../test/test-app.ts'
import { channelSetupOf } from './channel-senders.ts'
import { type OutboundNotice, PermanentChannelError } from './notification-channel.ts'

const vapid = webpush.generateVAPIDKeys()
let pushService: PushService
let testApp: TestApp
let patient: SignedInUser
let other: SignedInUser

beforeAll(async () => {
  pushService = await startPushService()
  // The push service's certificate is self-signed: trust it in this test process only.
  globalAgent.options.ca = pushService.certificate
  testApp = await createTestApp({
    env: {
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:ops@yektayar.test',
      WEB_PUSH_TTL_SECONDS: '3600',
    },
    beforeReady: mountChannelRoutes,
  })
  patient = await createSignedInUser(testApp, 'patient')
  other = await createSignedInUser(testApp, 'patient')
})

afterAll(async () => {
  await testApp?.close()
  await pushService?.close()
})

beforeEach(async () => {
  pushService.deliveries.length = 0
  pushService.statusFor.clear()
  await testApp.database.query('DELETE FROM push_subscriptions')
})

function subscribe(user: SignedInUser, body: unknown) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/v1/notifications/push-subscriptions',
    headers: user.headers,
    payload: body as Record<string, unknown>,
  })
}

function unsubscribe(user: SignedInUser, endpoint: string) {
  return testApp.app.inject({
    method: 'DELETE',
    url: '/api/v1/notifications/push-subscriptions',
    headers: user.headers,
    payload: { endpoint },
  })
}

async function endpointsOf(user: SignedInUser): Promise<string[]> {
  const rows = await testApp.database.query<{ endpoint: string }>(
    'SELECT endpoint FROM push_subscriptions WHERE user_id = $1 ORDER BY endpoint',
    [user.id],
  )
  return rows.map((row) => row.endpoint)
}

function notice(user: SignedInUser, overrides: Partial<OutboundNotice> = {}): OutboundNotice {
  return {
    deliveryId: 'a1b2c3d4-0000-4000-8000-000000000001',
    userId: user.id,
    category: 'appointment_reminder',
    locale: 'fa',
    title: 'یادآوری نوبت',
    body: 'نوبت شما فردا ساعت ۱۰:۳۰ است.',
    discreetText: 'شما فردا ساعت ۱۰:۳۰ نوبت دارید',
    link: '/appointments/9',
    reach: { phone: null, email: null },
    unsubscribable: false,
    ...overrides,
  }
}

const push = () => {
  const sender = channelSetupOf(testApp.app).senders.push
  if (!sender) throw new Error('push is off')
  return sender
}

describe('push config', () => {
  it('answers the VAPID public key', async () => {
    const response = await testApp.app.inject('/api/v1/notifications/push-config')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ publicKey: vapid.publicKey })
  })
})

describe('push subscriptions', () => {
  it('saves a browser subscription for the signed-in person', async () => {
    const browser = browserSubscription(pushService, 'save')
    const response = await subscribe(patient, browser.subscription)
    expect(response.statusCode).toBe(204)
    expect(await endpointsOf(patient)).toEqual([browser.subscription.endpoint])
  })

  it('moves an endpoint subscribed again by someone else to them', async () => {
    const browser = browserSubscription(pushService, 'shared')
    await subscribe(patient, browser.subscription)
    await subscribe(other, browser.subscription)
    expect(await endpointsOf(patient)).toEqual([])
    expect(await endpointsOf(other)).toEqual([browser.subscription.endpoint])
  })

  it('needs a session', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/push-subscriptions',
      payload: browserSubscription(pushService, 'anon').subscription,
    })
    expect(response.statusCode).toBe(401)
  })

  it.each([
    ['an http endpoint', { endpoint: 'http://push.example.com/x' }],
    ['a short p256dh key', { keys: { p256dh: 'abc', auth: 'A'.repeat(22) } }],
    ['an unknown field', { userId: '00000000-0000-4000-8000-000000000000' }],
    ['no keys', { keys: undefined }],
  ])('refuses a body with %s (400 VALIDATION_FAILED)', async (_kind, change) => {
    const body = { ...browserSubscription(pushService, 'bad').subscription, ...change }
    const response = await subscribe(patient, body)
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('VALIDATION_FAILED')
    expect(await endpointsOf(patient)).toEqual([])
  })

  it('limits how often one person subscribes (429 RATE_LIMITED)', async () => {
    const busy = await createSignedInUser(testApp, 'patient')
    const answers: number[] = []
    for (let i = 0; i < 21; i++) {
      answers.push(
        (await subscribe(busy, browserSubscription(pushService, `r${i}`).subscription)).statusCode,
      )
    }
    expect(answers.slice(0, 20).every((status) => status === 204)).toBe(true)
    expect(answers[20]).toBe(429)
    // Ten browsers at most are kept per person, the newest.
    expect(await endpointsOf(busy)).toHaveLength(10)
  })

  it('deletes only my own subscription; someone else’s endpoint stays', async () => {
    const mine = browserSubscription(pushService, 'mine')
    const theirs = browserSubscription(pushService, 'theirs')
    await subscribe(patient, mine.subscription)
    await subscribe(other, theirs.subscription)
    const foreign = await unsubscribe(patient, theirs.subscription.endpoint)
    expect(foreign.statusCode).toBe(204)
    expect(await endpointsOf(other)).toEqual([theirs.subscription.endpoint])
    const own = await unsubscribe(patient, mine.subscription.endpoint)
    expect(own.statusCode).toBe(204)
    expect(await endpointsOf(patient)).toEqual([])
  })
})

describe('push channel', () => {
  it('sends the service worker’s payload, encrypted to each browser’s keys', async () => {
    const phone = browserSubscription(pushService, 'phone')
    const laptop = browserSubscription(pushService, 'laptop')
    await subscribe(patient, phone.subscription)
    await subscribe(patient, laptop.subscription)
    const result = await push().send(notice(patient))
    expect(result.providerMessageId).toMatch(/^\/push\/(phone|laptop)\/messages\/\d+$/)
    expect(pushService.deliveries.map((d) => d.path).sort()).toEqual([
      '/push/laptop',
      '/push/phone',
    ])
    for (const browser of [phone, laptop]) {
      const delivery = pushService.deliveries.find((d) => d.path === browser.path)
      if (!delivery) throw new Error(`nothing reached ${browser.path}`)
      expect(delivery.headers['content-encoding']).toBe('aes128gcm')
      expect(delivery.headers.ttl).toBe('3600')
      expect(delivery.headers.urgency).toBe('normal')
      expect(delivery.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/)
      expect(delivery.body.toString('utf8')).not.toContain('نوبت')
      expect(JSON.parse(browser.decrypt(delivery.body))).toEqual({
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        title: 'یکتایار',
        body: 'شما فردا ساعت ۱۰:۳۰ نوبت دارید',
        link: '/appointments/9',
        lang: 'fa',
      })
    }
  })

  it('titles English notices YektaYar and sends safety alerts with high urgency', async () => {
    const browser = browserSubscription(pushService, 'alert')
    await subscribe(patient, browser.subscription)
    await push().send(notice(patient, { category: 'safety_alert', locale: 'en', link: null }))
    const [delivery] = pushService.deliveries
    expect(delivery?.headers.urgency).toBe('high')
    const payload = JSON.parse(browser.decrypt(delivery?.body ?? Buffer.alloc(0)))
    expect(payload).toMatchObject({ title: 'YektaYar', lang: 'en', link: null })
  })

  it('forgets a subscription its push service answers 410 Gone for', async () => {
    const live = browserSubscription(pushService, 'live')
    const expired = browserSubscription(pushService, 'expired')
    await subscribe(patient, live.subscription)
    await subscribe(patient, expired.subscription)
    pushService.statusFor.set(expired.path, 410)
    const result = await push().send(notice(patient))
    expect(result.providerMessageId).toMatch(/^\/push\/live\//)
    expect(await endpointsOf(patient)).toEqual([live.subscription.endpoint])
  })

  it('skips when every subscription is gone (404), and they are forgotten', async () => {
    const browser = browserSubscription(pushService, 'gone')
    await subscribe(patient, browser.subscription)
    pushService.statusFor.set(browser.path, 404)
    expect(await push().send(notice(patient))).toEqual({
      skipped: 'every push subscription had expired',
    })
    expect(await endpointsOf(patient)).toEqual([])
  })

  it('skips a person with no subscription', async () => {
    expect(await push().send(notice(patient))).toEqual({ skipped: 'no push subscription' })
    expect(pushService.deliveries).toEqual([])
  })

  it('throws for a retry when every push service fails transiently, keeping the subscriptions', async () => {
    const browser = browserSubscription(pushService, 'busy')
    await subscribe(patient, browser.subscription)
    pushService.statusFor.set(browser.path, 503)
    const error = await push()
      .send(notice(patient))
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(PermanentChannelError)
    expect(String((error as Error).message)).not.toContain(pushService.origin)
    expect(await endpointsOf(patient)).toEqual([browser.subscription.endpoint])
  })

  it('fails for good when the push service refuses for another reason (413)', async () => {
    const browser = browserSubscription(pushService, 'big')
    await subscribe(patient, browser.subscription)
    pushService.statusFor.set(browser.path, 413)
    await expect(push().send(notice(patient))).rejects.toBeInstanceOf(PermanentChannelError)
  })
})

describe('push off', () => {
  let plain: TestApp

  beforeAll(async () => {
    plain = await createTestApp({ beforeReady: mountChannelRoutes })
  })

  afterAll(async () => {
    await plain?.close()
  })

  it('answers a null key and refuses subscriptions with 409 PUSH_NOT_CONFIGURED', async () => {
    const config = await plain.app.inject('/api/v1/notifications/push-config')
    expect(config.json()).toEqual({ publicKey: null })
    const user = await createSignedInUser(plain, 'patient')
    const response = await plain.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/push-subscriptions',
      headers: user.headers,
      payload: browserSubscription(pushService, 'off').subscription,
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('PUSH_NOT_CONFIGURED')
    expect(channelSetupOf(plain.app).senders.push).toBeUndefined()
  })
})
