import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { dynamicConfigOf } from './config-deps.ts'

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not seen within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return Date.now() - started
}

// Skipped without REDIS_URL: the other instance hears of a change only through Redis (without it,
// only the 30-second re-read, tested in config.int.test.ts). CI's PostgreSQL + Redis round runs it.
describe.skipIf(!process.env.REDIS_URL)('two instances through Redis (needs REDIS_URL)', () => {
  let a: TestApp
  let b: TestApp
  let admin: SignedInUser

  beforeAll(async () => {
    const env = { REDIS_KEY_PREFIX: `yy-pair-${randomBytes(4).toString('hex')}:` }
    a = await createTestApp({ env })
    b = await createTestApp({ env, database: a.database })
    admin = await createSignedInUser(a, 'admin')
  })
  afterAll(async () => {
    await b.close()
    await a.close()
  })

  it('applies a change made on one instance on the other within a second', async () => {
    const onB = dynamicConfigOf(b.app)
    const fromEnv = b.app.config.companion.model
    expect(onB.get('companion.model')).toBe(fromEnv)
    const response = await a.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/companion.model',
      headers: admin.headers,
      payload: { value: 'from-instance-a' },
    })
    expect(response.statusCode).toBe(200)
    await until(() => onB.get('companion.model') === 'from-instance-a', 1_000)

    const reset = await b.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/config/companion.model',
      headers: admin.headers,
    })
    expect(reset.statusCode).toBe(200)
    await until(() => dynamicConfigOf(a.app).get('companion.model') === fromEnv, 1_000)
  })

  it('governs what the other instance answers from its next request', async () => {
    const patient = await createSignedInUser(b, 'patient')
    const policyOnB = async () =>
      (await b.app.inject({ url: '/api/v1/appointments/policy', headers: patient.headers })).json()
    expect(await policyOnB()).toMatchObject({ freeCancelHours: 24 })
    const response = await a.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/care.freeCancelHours',
      headers: admin.headers,
      payload: { value: 3 },
    })
    expect(response.statusCode).toBe(200)
    await until(() => dynamicConfigOf(b.app).get('care.freeCancelHours') === 3, 1_000)
    expect(await policyOnB()).toMatchObject({ freeCancelHours: 3 })
    await a.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/config/care.freeCancelHours',
      headers: admin.headers,
    })
    // Settled on b before the next test listens there for changes.
    await until(() => dynamicConfigOf(b.app).get('care.freeCancelHours') === 24, 1_000)
  })

  it('tells what depends on a value that it changed', async () => {
    let heard = 0
    const stop = dynamicConfigOf(b.app).onChange(() => heard++)
    await a.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/companion.hourlyQuota',
      headers: admin.headers,
      payload: { value: 12 },
    })
    await until(() => heard === 1, 1_000)
    stop()
  })
})
