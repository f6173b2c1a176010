import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { productionEnv } from '../../../test/production-env.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('the dev outbox', () => {
  let dev: TestApp
  let prod: TestApp
  beforeAll(async () => {
    dev = await createTestApp()
    prod = await createTestApp({ env: productionEnv(), database: dev.database })
  })
  afterAll(async () => {
    await prod.close()
    await dev.close()
  })

  it('shows sent codes outside production, filtered by recipient as typed', async () => {
    await dev.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: '0912 765 4321' },
      headers: { 'accept-language': 'en' },
    })
    const response = await dev.app.inject({ url: '/api/v1/dev/outbox?to=09127654321' })
    expect(response.statusCode).toBe(200)
    expect(response.json().items).toEqual([
      expect.objectContaining({
        channel: 'sms',
        to: '+989127654321',
        purpose: 'otp',
        text: expect.stringMatching(/^Your YektaYar sign-in code: \d{6}/),
      }),
    ])
  })

  it('gives a browser a readable page with the code, under a CSP that allows no script', async () => {
    await dev.app.inject({
      method: 'POST',
      url: '/api/v1/auth/send-otp',
      payload: { identifier: '09127654322' },
    })
    const page = await dev.app.inject({
      url: '/api/v1/dev/outbox',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const code = dev.app.identity.outbox.list({ to: '+989127654322' })[0]?.text.match(/\d{6}/)?.[0]
    expect(page.body).toContain(`<div class="code">${code}</div>`)
    expect(page.body).toContain('+989127654322')
    expect(page.body).not.toContain('<script')
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toContain('script-src')
    const away = await dev.app.inject({
      url: '/api/v1/dev/outbox',
      headers: { accept: 'text/html' },
      remoteAddress: '192.168.1.20',
    })
    expect(away.statusCode).toBe(404)
  })

  it('answers only requests from this machine', async () => {
    for (const remoteAddress of [
      '192.168.1.20',
      '10.0.0.7',
      '2001:db8::1',
      '::ffff:192.168.1.20',
    ]) {
      const response = await dev.app.inject({ url: '/api/v1/dev/outbox', remoteAddress })
      expect(response.statusCode).toBe(404)
      expect(response.body).not.toContain('sign-in code')
    }
    for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const response = await dev.app.inject({ url: '/api/v1/dev/outbox', remoteAddress })
      expect(response.statusCode).toBe(200)
    }
  })

  it('does not exist in production', async () => {
    const response = await prod.app.inject({ url: '/api/v1/dev/outbox' })
    expect(response.statusCode).toBe(404)
  })
})

describe('GET /metrics', () => {
  let open: TestApp
  let guarded: TestApp
  let hidden: TestApp
  beforeAll(async () => {
    open = await createTestApp()
    guarded = await createTestApp({
      env: productionEnv({ METRICS_TOKEN: 'metrics-token-0123456789' }),
      database: open.database,
    })
    hidden = await createTestApp({ env: productionEnv(), database: open.database })
  })
  afterAll(async () => {
    await hidden.close()
    await guarded.close()
    await open.close()
  })

  it('exposes event-loop delay percentiles outside production', async () => {
    const response = await open.app.inject({ url: '/metrics' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('nodejs_eventloop_lag_p99_seconds')
  })

  it('needs METRICS_TOKEN in production, and is absent without one', async () => {
    expect((await guarded.app.inject({ url: '/metrics' })).statusCode).toBe(404)
    const allowed = await guarded.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    })
    expect(allowed.statusCode).toBe(200)
    expect((await hidden.app.inject({ url: '/metrics' })).statusCode).toBe(404)
  })
})
