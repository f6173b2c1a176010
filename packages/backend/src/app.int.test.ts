import { gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../test/auth-fixtures.ts'
import { productionEnv } from '../test/production-env.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'

const PARTNER = 'https://partner.example'
const SECRET_DETAIL = 'password=hunter2 at /srv/yektayar/src/secret-module.ts'
const REQUEST_ID = /^[0-9a-f]{12}-[0-9a-z]+$/

/** Routes only this file needs: one that fails unexpectedly, one with a body, a big one, a page. */
function registerProbeRoutes(app: FastifyInstance) {
  app.get('/api/v1/test/boom', async () => {
    throw new Error(SECRET_DETAIL)
  })
  app.post('/api/v1/test/echo', async (request) => ({ received: request.body }))
  app.get('/api/v1/test/large', async () =>
    Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i}` })),
  )
  app.get('/test/page', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send('<!doctype html><title>page</title>'),
  )
}

let testApp: TestApp
let app: FastifyInstance

beforeAll(async () => {
  testApp = await createTestApp({
    env: productionEnv({ CORS_ORIGINS: PARTNER }),
    beforeReady: registerProbeRoutes,
  })
  app = testApp.app
})

afterAll(async () => {
  await testApp?.close()
})

describe('problem+json errors', () => {
  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const response = await app.inject({ url: '/api/v1/no-such-thing?x=1' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      title: 'Not Found',
      type: expect.stringContaining('not-found'),
      instance: '/api/v1/no-such-thing',
    })
  })

  it('writes the detail in Persian by default and in English on request', async () => {
    const detail = async (acceptLanguage?: string) => {
      const headers = acceptLanguage ? { 'accept-language': acceptLanguage } : {}
      return (await app.inject({ url: '/api/v1/nothing', headers })).json().detail
    }
    expect(await detail()).toBe('پیدا نشد.')
    expect(await detail('fa-IR,fa;q=0.9')).toBe('پیدا نشد.')
    expect(await detail('en-US,en;q=0.9')).toBe('Not found.')
    expect(await detail('de-DE,en;q=0.5')).toBe('Not found.')
    expect(await detail('de-DE')).toBe('پیدا نشد.')
  })

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "sara",',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ status: 400, code: 'MALFORMED_JSON' })
  })

  it('answers a content type it does not read with 415', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<name>sara</name>',
    })
    expect(response.statusCode).toBe(415)
    expect(response.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' })
  })

  it('answers a body over 1 MiB with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(1024 * 1024) }),
    })
    expect(response.statusCode).toBe(413)
    expect(response.json()).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
  })

  it('still reads a well-formed JSON body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'sara' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ received: { name: 'sara' } })
  })

  it('answers an unexpected failure with a bare 500 INTERNAL, never its message or stack', async () => {
    const response = await app.inject({
      url: '/api/v1/test/boom',
      headers: { 'accept-language': 'en' },
    })
    expect(response.statusCode).toBe(500)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toEqual({
      type: expect.stringContaining('internal'),
      title: 'Internal Server Error',
      status: 500,
      code: 'INTERNAL',
      detail: 'Something went wrong on our side. Please try again.',
      instance: '/api/v1/test/boom',
    })
    expect(response.body).not.toContain('hunter2')
    expect(response.body).not.toContain('secret-module')
  })
})

describe('request ids', () => {
  it('gives every answer its own x-request-id, errors included', async () => {
    const answers = await Promise.all([
      app.inject({ url: '/api/v1/nothing' }),
      app.inject({ url: '/api/v1/nothing' }),
      app.inject({ url: '/api/v1/test/echo', method: 'POST', payload: {} }),
      app.inject({ url: '/api/v1/test/boom' }),
    ])
    const ids = answers.map((response) => response.headers['x-request-id'])
    for (const id of ids) expect(id).toMatch(REQUEST_ID)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('security headers', () => {
  it('sends the hardening headers on JSON answers, without the page-only ones', async () => {
    for (const url of ['/api/v1/auth/session', '/api/v1/nothing', '/api/v1/test/boom']) {
      const { headers } = await app.inject({ url })
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-resource-policy': 'same-origin',
        'strict-transport-security': expect.stringContaining('max-age='),
      })
      expect(headers['content-security-policy']).toBeUndefined()
    }
  })

  it('keeps them and a request id on the synchronous bearer session route', async () => {
    // It answers inside Node's parser callback (no async handler); the headers come from the
    // onRequest hook all the same, and the body is still one JSON string with its length.
    const user = await createSignedInUser(testApp, 'patient')
    const response = await app.inject({
      url: '/api/v1/auth/session',
      headers: { authorization: `Bearer ${user.token}` },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'SAMEORIGIN',
      'cross-origin-resource-policy': 'same-origin',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(response.body)),
    })
    expect(response.headers['x-request-id']).toMatch(REQUEST_ID)
    expect(response.headers['content-security-policy']).toBeUndefined()
  })

  it('answers the probes bare: a JSON body for a machine, no browser headers, no request id', async () => {
    for (const url of ['/healthz', '/readyz']) {
      const response = await app.inject({ url })
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)))
      for (const name of ['x-content-type-options', 'x-frame-options', 'x-request-id']) {
        expect(response.headers[name]).toBeUndefined()
      }
    }
  })

  it('sends a same-origin CSP with every page', async () => {
    for (const url of ['/test/page', '/no-such-page']) {
      const { headers } = await app.inject({ url, headers: { accept: 'text/html' } })
      const csp = String(headers['content-security-policy'])
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain('upgrade-insecure-requests')
      expect(csp).not.toContain('unsafe-eval')
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-opener-policy': 'same-origin',
      })
    }
  })
})

describe('CORS', () => {
  it('lets an origin on CORS_ORIGINS read answers, with credentials', async () => {
    const response = await app.inject({ url: '/healthz', headers: { origin: PARTNER } })
    expect(response.headers['access-control-allow-origin']).toBe(PARTNER)
    expect(response.headers['access-control-allow-credentials']).toBe('true')
  })

  it('gives any other origin no CORS headers', async () => {
    const response = await app.inject({
      url: '/healthz',
      headers: { origin: 'https://evil.example' },
    })
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('answers a preflight from an allowed origin only', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/v1/test/echo',
        headers: { origin, 'access-control-request-method': 'POST' },
      })
    const allowed = await preflight(PARTNER)
    expect(allowed.statusCode).toBe(204)
    expect(allowed.headers['access-control-allow-origin']).toBe(PARTNER)
    expect(allowed.headers['access-control-allow-methods']).toContain('POST')
    const foreign = await preflight('https://evil.example')
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('compression', () => {
  it('gzips a large JSON answer for a client that accepts it', async () => {
    const response = await app.inject({
      url: '/api/v1/test/large',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(response.headers['content-encoding']).toBe('gzip')
    const body = JSON.parse(gunzipSync(response.rawPayload).toString('utf8'))
    expect(body).toHaveLength(2000)
    expect(response.rawPayload.length).toBeLessThan(JSON.stringify(body).length / 3)
  })

  it('sends it plain to a client that does not', async () => {
    const response = await app.inject({ url: '/api/v1/test/large' })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.json()).toHaveLength(2000)
  })
})

describe('health', () => {
  it('answers /healthz while the process runs', async () => {
    const response = await app.inject({ url: '/healthz' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('answers /readyz with the database up', async () => {
    const response = await app.inject({ url: '/readyz' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ready', database: 'up' })
  })
})

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3.1 document of the routes', async () => {
    const response = await app.inject({ url: '/api/docs/openapi.json' })
    expect(response.statusCode).toBe(200)
    const document = response.json()
    expect(document.openapi).toMatch(/^3\.1\./)
    expect(document.info.title).toBe('YektaYar API')
    expect(document.paths['/healthz'].get.responses['200']).toBeDefined()
    expect(document.paths['/readyz'].get.responses['503']).toBeDefined()
  })

  it('serves the docs UI at /api/docs', async () => {
    let response = await app.inject({ url: '/api/docs' })
    if (response.statusCode >= 300 && response.statusCode < 400) {
      response = await app.inject({ url: String(response.headers.location) })
    }
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.body).toMatch(/swagger/i)
  })
})
