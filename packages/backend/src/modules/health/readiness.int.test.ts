import { afterAll, describe, expect, it } from 'vitest'
import { TcpProxy } from '../../../test/tcp-proxy.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts'
import type { Database } from '../../db/database.ts'
import { openPostgres } from '../../db/open-postgres.ts'

const onPostgres = Boolean(process.env.DATABASE_URL)

let testDatabase: TestDatabase | undefined
let proxy: TcpProxy | undefined
let proxied: Database | undefined
let testApp: TestApp | undefined

afterAll(async () => {
  await testApp?.close()
  await proxied?.close()
  await proxy?.close()
  await testDatabase?.drop()
})

/** This file's database, reached through a proxy the test can cut. */
async function appBehindProxy(): Promise<{ app: TestApp; proxy: TcpProxy }> {
  testDatabase = await createTestDatabase()
  const direct = new URL(testDatabase.url ?? '')
  proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
  const url = new URL(direct)
  url.hostname = '127.0.0.1'
  url.port = String(proxy.port)
  proxied = await openPostgres({ url: url.toString(), poolSize: 2 })
  testApp = await createTestApp({ database: proxied })
  return { app: testApp, proxy }
}

async function readiness(app: TestApp) {
  const response = await app.app.inject({ url: '/readyz' })
  return { status: response.statusCode, body: response.json() }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

describe('readiness follows the database', () => {
  // Skipped on PGlite: an embedded database cannot become unreachable.
  it.skipIf(!onPostgres)(
    'answers 503 while the database is unreachable and 200 again once it returns (needs DATABASE_URL: an embedded PGlite cannot become unreachable)',
    async () => {
      const { app, proxy } = await appBehindProxy()
      expect(await readiness(app)).toEqual({
        status: 200,
        body: { status: 'ready', database: 'up' },
      })

      proxy.cut()
      expect(
        await eventually(
          () => readiness(app),
          (r) => r.status === 503,
        ),
      ).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'down' },
      })
      const health = await app.app.inject({ url: '/healthz' })
      expect(health.statusCode).toBe(200)

      proxy.restore()
      const recovered = await eventually(
        () => readiness(app),
        (r) => r.status === 200,
      )
      expect(recovered.body).toEqual({ status: 'ready', database: 'up' })
    },
  )
})
