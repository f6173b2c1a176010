import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

const html = 'text/html,application/xhtml+xml,*/*;q=0.8'

describe('one loopback address', () => {
  let local: TestApp
  let hosted: TestApp
  beforeAll(async () => {
    local = await createTestApp({ env: { PUBLIC_URL: 'http://localhost:3000' } })
    hosted = await createTestApp({
      env: { PUBLIC_URL: 'https://yektayar.ir' },
      database: local.database,
    })
  })
  afterAll(async () => {
    await hosted.close()
    await local.close()
  })

  const open = (t: TestApp, host: string, url: string, accept = html) =>
    t.app.inject({ url, headers: { host, accept } })

  it('sends a page opened on the other loopback name to PUBLIC_URL, path and query kept', async () => {
    const response = await open(local, '127.0.0.1:3000', '/payments?status=ok')
    expect(response.statusCode).toBe(308)
    expect(response.headers.location).toBe('http://localhost:3000/payments?status=ok')
    expect((await open(local, '[::1]:3000', '/')).headers.location).toBe('http://localhost:3000/')
  })

  it('cannot be pointed at another site', async () => {
    const response = await open(local, '127.0.0.1:3000', '//evil.example/x')
    expect(new URL(String(response.headers.location)).host).toBe('localhost:3000')
    expect((await open(local, 'evil.example', '/')).statusCode).not.toBe(308)
  })

  it('leaves the API, the canonical name and public deployments alone', async () => {
    expect((await open(local, '127.0.0.1:3000', '/api/v1/professionals')).statusCode).toBe(200)
    expect((await open(local, '127.0.0.1:3000', '/healthz', '*/*')).statusCode).toBe(200)
    expect((await open(local, 'localhost:3000', '/')).statusCode).not.toBe(308)
    expect((await open(hosted, '127.0.0.1:3000', '/')).statusCode).not.toBe(308)
  })
})
