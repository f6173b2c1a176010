import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_GROUPS, PERMISSIONS } from '@yektayar/shared'
import { io } from 'socket.io-client'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, type MainProcess, startMain } from '../test/main-process.ts'
import { productionEnv } from '../test/production-env.ts'
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts'
import type { Database } from './db/database.ts'
import { openPglite } from './db/open-pglite.ts'
import { DEMO_ACCOUNTS } from './seed/demo-accounts.ts'

const onPostgres = Boolean(process.env.DATABASE_URL)
const dataDir = mkdtempSync(join(tmpdir(), 'yektayar-main-'))
const running: MainProcess[] = []
let testDatabase: TestDatabase | undefined

afterAll(async () => {
  for (const main of running) main.kill()
  await testDatabase?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

function start(env: Record<string, string>): MainProcess {
  const main = startMain(env)
  running.push(main)
  return main
}

/** The store a normal start uses: a fresh PostgreSQL database, or a fresh DATA_DIR. */
async function storeEnv(): Promise<Record<string, string>> {
  if (!onPostgres) return { DATA_DIR: dataDir }
  testDatabase ??= await createTestDatabase({ migrated: false })
  const env: Record<string, string> = { DATABASE_URL: testDatabase.url ?? '' }
  if (process.env.REDIS_URL) {
    env.REDIS_URL = process.env.REDIS_URL
    env.REDIS_KEY_PREFIX = `yy-main-${randomBytes(4).toString('hex')}:`
  }
  return env
}

/** Runs `work` on the store while no main.ts holds it (PGlite allows one process at a time). */
async function withStore<T>(work: (database: Database) => Promise<T>): Promise<T> {
  if (testDatabase) return work(testDatabase.database)
  const database = await openPglite(join(dataDir, 'pglite'))
  try {
    return await work(database)
  } finally {
    await database.close()
  }
}

const countUsers = (database: Database) =>
  database.query<{ count: number }>('SELECT count(*)::int AS count FROM users')

/** A POST whose body is still arriving: `finish()` sends the rest and answers the response. */
function requestInFlight(port: number) {
  const body = JSON.stringify({ note: 'still arriving' })
  const socket = connect(port, '127.0.0.1')
  let response = ''
  socket.on('data', (chunk) => {
    response += chunk.toString('utf8')
  })
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.on('error', () => {})
  socket.write(
    `POST /api/v1/in-flight HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body.slice(0, 5),
  )
  return {
    async finish() {
      socket.write(body.slice(5))
      await closed
      return response
    },
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.concurrent('main.ts refuses to start on bad settings', () => {
  it('exits non-zero with one line naming a bad variable', async () => {
    const main = start({ PORT: 'eighty', DATA_DIR: dataDir })
    expect((await main.exited).code).not.toBe(0)
    const lines = main.stderr().trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^yektayar: .*PORT/)
    expect(main.stdout()).toBe('')
  })

  it('exits non-zero with a clear message when DATABASE_URL cannot be reached', async () => {
    const port = await freePort()
    const main = start({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/yektayar` })
    expect((await main.exited).code).not.toBe(0)
    const message = main.stderr().trim()
    expect(message).toMatch(/^yektayar: cannot open the database at DATABASE_URL: .*ECONNREFUSED/)
    expect(message).not.toContain('\n')
  })
})

describe('main.ts on a store of its own', () => {
  it('starts, prints the demo accounts, answers, and stops cleanly on SIGTERM mid-request', async () => {
    const port = await freePort()
    const main = start({ PORT: String(port), ...(await storeEnv()) })
    await main.waitFor(/YektaYar is listening on http:\/\/localhost:\d+/)
    await main.waitFor(new RegExp(`${DEMO_ACCOUNTS.at(-1)?.email}`))
    for (const account of DEMO_ACCOUNTS) expect(main.stdout()).toContain(account.phone)
    const origin = `http://127.0.0.1:${port}`
    const health = await fetch(`${origin}/healthz`)
    expect(await health.json()).toEqual({ status: 'ok' })
    // One address on the console: the framework's own listen line would name 127.0.0.1.
    expect(main.stdout()).not.toContain(origin)
    const phone = DEMO_ACCOUNTS[1]?.phone ?? ''
    await fetch(`${origin}/api/v1/auth/send-otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: phone }),
    })
    const [printed] = await main.waitFor(/\[dev outbox\] sms to \+\d+: .*\d{6}/)
    expect(printed).toContain(phone)

    const client = io(origin, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { origin: `http://localhost:${port}` },
    })
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve)
      client.once('connect_error', reject)
    })
    const disconnected = new Promise<string>((resolve) => client.once('disconnect', resolve))
    const inFlight = requestInFlight(port)
    await pause(300)

    const signalledAt = Date.now()
    main.child.kill('SIGTERM')
    await pause(300)
    const response = await inFlight.finish()
    const exit = await main.exited
    const shutdownMs = Date.now() - signalledAt

    expect(exit).toEqual({ code: 0, signal: null })
    expect(shutdownMs).toBeLessThan(5_000)
    expect(response).toMatch(/^HTTP\/1\.1 404 /)
    expect(response).toContain('"code":"NOT_FOUND"')
    // A transport close, not a server disconnect: the client reconnects once the server is back.
    expect(await disconnected).toBe('transport close')
    client.close()
  }, 90_000)

  it('keeps its data on a second start and does not seed the demo people twice', async () => {
    const before = await withStore(async (database) => {
      await database.query(
        `INSERT INTO config (key, value) VALUES ('test.kept', '"yes"'::jsonb)
         ON CONFLICT (key) DO NOTHING`,
      )
      return (await countUsers(database))[0]?.count
    })
    expect(before).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length)

    const port = await freePort()
    const main = start({ PORT: String(port), ...(await storeEnv()) })
    await main.waitFor(/YektaYar is listening on/)
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200)
    main.child.kill('SIGTERM')
    expect((await main.exited).code).toBe(0)

    await withStore(async (database) => {
      expect((await countUsers(database))[0]?.count).toBe(before)
      const kept = await database.query(`SELECT value FROM config WHERE key = 'test.kept'`)
      expect(kept).toEqual([{ value: 'yes' }])
    })
  }, 90_000)

  it('writes permissions and default groups on a production boot without demo data', async () => {
    await withStore((database) => database.query('DELETE FROM group_permissions'))
    const port = await freePort()
    const main = start({ ...productionEnv(), PORT: String(port), ...(await storeEnv()) })
    await main.waitFor(/YektaYar is listening on/)
    main.child.kill('SIGTERM')
    expect((await main.exited).code).toBe(0)

    await withStore(async (database) => {
      const permissions = await database.query<{ name: string }>('SELECT name FROM permissions')
      expect(permissions.map((p) => p.name)).toEqual(
        expect.arrayContaining(Object.keys(PERMISSIONS)),
      )
      for (const group of Object.values(DEFAULT_GROUPS)) {
        const granted = await database.query<{ name: string }>(
          `SELECT p.name FROM group_permissions gp JOIN user_groups g ON g.id = gp.group_id
           JOIN permissions p ON p.id = gp.permission_id WHERE g.name = $1`,
          [group.name],
        )
        expect(granted.map((p) => p.name).sort()).toEqual([...group.permissions].sort())
      }
    })
  }, 90_000)
})
