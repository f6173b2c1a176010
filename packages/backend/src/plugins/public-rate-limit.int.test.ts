import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

describe('the public rate limit', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '5', RATE_LIMIT_OTP_SEND_PER_IP: '1000' },
    })
  })
  afterAll(() => t.close())

  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url: `/api/v1${url}`, remoteAddress, headers })

  it('stops one address without a session after the limit, not another', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push((await get('/professionals', '203.0.113.1')).statusCode)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    const limited = await get('/professionals', '203.0.113.1')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().code).toBe('RATE_LIMITED')
    expect((await get('/payments/verify?Authority=A0000', '203.0.113.1')).statusCode).toBe(429)
    expect((await get('/professionals', '203.0.113.2')).statusCode).toBe(200)
  })

  it('leaves signed-in requests and the sign-in limits alone', async () => {
    const user = await createSignedInUser(t, 'patient')
    for (let i = 0; i < 8; i++) {
      expect((await get('/professionals', '203.0.113.3', user.headers)).statusCode).toBe(200)
    }
    for (let i = 0; i < 8; i++) {
      const sent = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/send-otp',
        remoteAddress: '203.0.113.4',
        payload: { identifier: `0912000${String(1000 + i)}` },
      })
      expect(sent.statusCode).toBe(200)
    }
  })
})
