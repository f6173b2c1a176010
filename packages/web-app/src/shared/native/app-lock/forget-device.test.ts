import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { configureApiTransport } from '@yektayar/ui'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { stored } from '../testing/secure-storage-stand-in.ts'
import { forgetDevice } from './forget-device.ts'

vi.mock(
  '@aparajita/capacitor-secure-storage',
  () => import('../testing/secure-storage-stand-in.ts'),
)

/** The API's sign-out on loopback: what it was sent, and whether the device still held the token. */
const signOuts: { path: string; authorization?: string; tokenStillKept: boolean }[] = []
const api = createServer((request, response) => {
  response.setHeader('access-control-allow-origin', request.headers.origin ?? '*')
  response.setHeader('access-control-allow-headers', 'authorization, accept-language')
  response.setHeader('access-control-allow-methods', 'POST')
  if (request.method === 'OPTIONS') return response.writeHead(204).end()
  signOuts.push({
    path: `${request.method} ${request.url}`,
    authorization: request.headers.authorization,
    tokenStillKept: stored.has('session-token'),
  })
  response.writeHead(204).end()
})
let origin = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())))
beforeEach(() => {
  signOuts.length = 0
  stored.set('session-token', 'device-token')
  stored.set('app-lock', JSON.stringify({ method: 'biometric', timeoutMs: 0 }))
  vi.spyOn(window.location, 'replace').mockImplementation(() => {})
})
afterEach(() => {
  configureApiTransport({ baseUrl: '' })
  vi.restoreAllMocks()
})

const appWith = (baseUrl: string) =>
  configureApiTransport({ baseUrl, keepSessionToken: () => {} }, 'device-token')

describe('forgetting the device after too many wrong PINs', () => {
  it('ends the session on the server with its token first, then forgets it here', async () => {
    appWith(origin)
    await forgetDevice()
    expect(signOuts).toEqual([
      {
        path: 'POST /api/v1/auth/logout',
        authorization: 'Bearer device-token',
        tokenStillKept: true,
      },
    ])
    expect(stored.has('session-token')).toBe(false)
    expect(stored.has('app-lock')).toBe(false)
    expect(window.location.replace).toHaveBeenCalledWith('/sign-in')
  })

  it('forgets the device all the same when the server cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    appWith(`http://127.0.0.1:${port}`)
    await forgetDevice()
    expect(stored.has('session-token')).toBe(false)
    expect(stored.has('app-lock')).toBe(false)
    expect(window.location.replace).toHaveBeenCalledWith('/sign-in')
  })
})
