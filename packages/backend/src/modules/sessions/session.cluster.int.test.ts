import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/**
 * Two instances on one database and one Redis. Each caches resolved sessions; a revocation,
 * deactivation or grant on one must reach the other's cache through Redis pub/sub at once.
 */
// Skipped without REDIS_URL: the instances tell each other about sessions through Redis pub/sub.
describe.skipIf(!process.env.REDIS_URL)('session cache across instances (needs REDIS_URL)', () => {
  let a: TestApp
  let b: TestApp
  let admin: SignedInUser

  beforeAll(async () => {
    const env = {
      REDIS_URL: process.env.REDIS_URL ?? '',
      REDIS_KEY_PREFIX: `yy-pair-${randomBytes(4).toString('hex')}:`,
      // Long enough that only an invalidation message can explain a prompt change.
      SESSION_CACHE_SECONDS: '120',
    }
    a = await createTestApp({ env })
    b = await createTestApp({ env, database: a.database })
    admin = await createSignedInUser(a, 'admin')
  })
  afterAll(async () => {
    await b.close()
    await a.close()
  })

  const sessionOn = (t: TestApp, user: SignedInUser) =>
    t.app.inject({ url: '/api/v1/auth/session', headers: user.headers })

  /** Pub/sub is asynchronous: allow the message a moment to arrive. */
  async function eventually(check: () => Promise<boolean>) {
    for (let i = 0; i < 50; i++) {
      if (await check()) return true
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return false
  }

  it('a logout on one instance ends the session on the other', async () => {
    const user = await createSignedInUser(a, 'patient')
    expect((await sessionOn(b, user)).statusCode).toBe(200)
    await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user.headers })
    expect(await eventually(async () => (await sessionOn(b, user)).statusCode === 401)).toBe(true)
  })

  it('a deactivation on one instance locks the user out of the other', async () => {
    const user = await createSignedInUser(a, 'patient')
    expect((await sessionOn(b, user)).statusCode).toBe(200)
    await a.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/deactivate`,
      headers: admin.headers,
      payload: { reason: 'Test deactivation' },
    })
    expect(await eventually(async () => (await sessionOn(b, user)).statusCode === 401)).toBe(true)
  })

  it('a grant on one instance shows in the permissions on the other', async () => {
    const user = await createSignedInUser(a, 'patient')
    expect((await sessionOn(b, user)).json().permissions).not.toContain('courses.manage')
    await a.app.inject({
      method: 'PUT',
      url: `/api/v1/rbac/users/${user.id}/permissions/courses.manage`,
      headers: admin.headers,
    })
    const granted = async () =>
      ((await sessionOn(b, user)).json().permissions as string[]).includes('courses.manage')
    expect(await eventually(granted)).toBe(true)
  })
})
