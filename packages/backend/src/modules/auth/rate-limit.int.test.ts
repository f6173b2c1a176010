import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPhone } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

const LIMITS = { RATE_LIMIT_OTP_SEND_PER_IP: '3', RATE_LIMIT_SIGN_IN_PER_IP: '3' }

function sendFrom(t: TestApp, forwardedFor: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/send-otp',
    payload: { identifier: freshPhone() },
    headers: { 'x-forwarded-for': forwardedFor },
  })
}

describe('per-address limits behind no trusted proxy', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ env: LIMITS })
  })
  afterAll(() => t.close())

  it('are not bypassed by rotating X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 5; i++) statuses.push((await sendFrom(t, `203.0.113.${i}`)).statusCode)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    const refused = await sendFrom(t, '198.51.100.7')
    expect(refused.json().code).toBe('RATE_LIMITED')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('also hold for sign-in attempts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { identifier: freshPhone(), password: 'correct horse battery' },
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses).toEqual([401, 401, 401, 429])
  })
})

describe('per-address limits behind a trusted proxy', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ env: { ...LIMITS, TRUSTED_PROXIES: '127.0.0.1' } })
  })
  afterAll(() => t.close())

  it('count each forwarded client separately', async () => {
    const statuses: number[] = []
    for (let i = 1; i <= 5; i++) statuses.push((await sendFrom(t, `203.0.113.${i}`)).statusCode)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
  })

  it('still limit one forwarded client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await sendFrom(t, '198.51.100.9')).statusCode)
    expect(statuses).toEqual([200, 200, 200, 429])
  })
})
