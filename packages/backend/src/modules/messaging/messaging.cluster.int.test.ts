import { randomBytes } from 'node:crypto'
import type { SendMessageResult, ThreadMessage } from '@yektayar/shared'
import type { Socket } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  ack,
  addDepartmentStaff,
  clientId,
  closeAllSockets,
  collect,
  connectSocket,
  listen,
  nextEvent,
  postMessage,
  sleep,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { hasRedisServer, PrivateRedis } from '../../../test/private-redis.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

type SendAck = { ok: true; data: SendMessageResult } | { ok: false; error: { code: string } }

/** Two instances on one database and one Redis, as two processes behind a load balancer. */
async function startPair(redisUrl: string): Promise<[TestApp, TestApp]> {
  const env = {
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `yy-pair-${randomBytes(4).toString('hex')}:`,
    MESSAGE_SEND_LIMIT: '1000',
  }
  const first = await createTestApp({ env })
  const second = await createTestApp({ env, database: first.database })
  return [first, second]
}

// Skipped without REDIS_URL: messages reach the other instance's sockets only through the
// Socket.IO Redis adapter, so this needs a real Redis (CI's PostgreSQL + Redis round runs it).
describe.skipIf(!process.env.REDIS_URL)('two instances through Redis (needs REDIS_URL)', () => {
  let a: TestApp
  let b: TestApp
  let patient: SignedInUser
  let staff: SignedInUser

  beforeAll(async () => {
    ;[a, b] = await startPair(process.env.REDIS_URL ?? '')
    patient = await createSignedInUser(a, 'patient')
    staff = await createSignedInUser(a, 'psychologist')
    await addDepartmentStaff(a, 'clinical', staff.id)
  })
  afterEach(() => closeAllSockets())
  afterAll(async () => {
    await b.close()
    await a.close()
  })

  it('delivers a message sent on one instance to a client of the other', async () => {
    const { thread } = await startDepartmentThread(a, patient, 'clinical')
    const onA = await connectSocket(await listen(a), patient.token)
    const onB = await connectSocket(await listen(b), staff.token)
    await ack(onA, 'thread:join', { threadId: thread.id })
    await ack(onB, 'thread:join', { threadId: thread.id })
    const arrived = nextEvent<ThreadMessage>(onB, 'message:new')
    const sent = await ack<SendAck>(onA, 'message:send', {
      threadId: thread.id,
      content: 'از نمونهٔ اول به نمونهٔ دوم',
      clientId: clientId(),
    })
    if (!sent.ok) throw new Error(sent.error.code)
    expect((await arrived).id).toBe(sent.data.message.id)
    const back = nextEvent<ThreadMessage>(onA, 'message:new', 3_000, (m) => m.senderId === staff.id)
    await postMessage(b, staff, thread.id, 'پاسخ از نمونهٔ دوم')
    expect((await back).content).toBe('پاسخ از نمونهٔ دوم')
  })

  it('drops a cached thread list on the other instance when a message arrives', async () => {
    const { thread } = await startDepartmentThread(a, patient, 'clinical', 'سلام')
    const listOnB = async () => {
      const response = await b.app.inject({ url: '/api/v1/threads', headers: patient.headers })
      const page = response.json() as { items: { id: string; unreadCount: number }[] }
      return page.items.find((item) => item.id === thread.id)?.unreadCount
    }
    expect(await listOnB()).toBe(0)
    await postMessage(a, staff, thread.id, 'پاسخ')
    await sleep(200)
    expect(await listOnB()).toBe(1)
  })

  it('counts one presence across instances and tabs', async () => {
    const person = await createSignedInUser(a, 'patient')
    const { thread } = await startDepartmentThread(a, person, 'clinical')
    await postMessage(a, staff, thread.id, 'سلام')
    const watcher = await connectSocket(await listen(a), staff.token)
    const online = collect<{ userId: string }>(watcher, 'user:online')
    const offline = collect<{ userId: string }>(watcher, 'user:offline')
    const tabOnA = await connectSocket(await listen(a), person.token)
    await sleep(200)
    const tabOnB = await connectSocket(await listen(b), person.token)
    await sleep(300)
    expect(online.filter((event) => event.userId === person.id)).toHaveLength(1)
    tabOnA.disconnect()
    await sleep(300)
    expect(offline.filter((event) => event.userId === person.id)).toHaveLength(0)
    const gone = nextEvent(watcher, 'user:offline', 3_000, (e: { userId: string }) => {
      return e.userId === person.id
    })
    tabOnB.disconnect()
    await gone
  })
})

// Skipped without redis-server on PATH: the test starts and kills a Redis of its own.
describe.skipIf(!hasRedisServer())(
  'a Redis outage mid-conversation (starts its own redis-server: needs redis-server on PATH)',
  () => {
    let redis: PrivateRedis
    let a: TestApp
    let b: TestApp

    beforeAll(async () => {
      redis = await PrivateRedis.start()
      ;[a, b] = await startPair(redis.url)
    })
    afterEach(() => closeAllSockets())
    afterAll(async () => {
      await redis.restart().catch(() => undefined)
      await b.close()
      await a.close()
      await redis.kill()
    })

    it('gets every acknowledged message to the receiver, live or by catch-up', async () => {
      const patient = await createSignedInUser(a, 'patient')
      const staff = await createSignedInUser(a, 'psychologist')
      await addDepartmentStaff(a, 'clinical', staff.id)
      const { thread } = await startDepartmentThread(a, patient, 'clinical', 'شروع')
      const sender = await connectSocket(await listen(a), patient.token)
      const receiver = await connectSocket(await listen(b), staff.token)
      await ack(sender, 'thread:join', { threadId: thread.id })
      await ack(receiver, 'thread:join', { threadId: thread.id })
      const live = collect<ThreadMessage>(receiver, 'message:new')

      const outage = (async () => {
        await sleep(1_500)
        await redis.kill()
        await sleep(3_000)
        await redis.restart()
      })()
      const acknowledged = await sendForSeconds(sender, thread.id, 7_000)
      await outage
      await sleep(3_000)

      const liveIds = new Set(live.map((message) => message.id))
      const caughtUp = await catchUp(b, staff, thread.id, live)
      const delivered = new Set([...liveIds, ...caughtUp.map((message) => message.id)])
      const missing = acknowledged.filter((message) => !delivered.has(message.id))
      expect(acknowledged.length).toBeGreaterThan(20)
      expect(missing).toEqual([])
      const rows = await a.database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM messages WHERE thread_id = $1 AND sender_id = $2',
        [thread.id, patient.id],
      )
      // One row per acknowledged send (plus the first message): retries never doubled one.
      expect(rows[0]?.n).toBe(acknowledged.length + 1)
    }, 60_000)
  },
)

/** Sends every 100 ms; a send without an answer is retried with the same client id. */
async function sendForSeconds(socket: Socket, threadId: string, durationMs: number) {
  const acknowledged: ThreadMessage[] = []
  const until = Date.now() + durationMs
  for (let n = 1; Date.now() < until; n++) {
    const payload = { threadId, content: `پیام ${n}`, clientId: clientId() }
    for (let attempt = 0; attempt < 10; attempt++) {
      const answer = await (
        socket.timeout(2_000).emitWithAck('message:send', payload) as Promise<SendAck>
      ).catch(() => undefined)
      if (answer?.ok) {
        acknowledged.push(answer.data.message)
        break
      }
    }
    await sleep(100)
  }
  return acknowledged
}

/** What a client does after trouble: fetch everything after the last message it has in order. */
async function catchUp(t: TestApp, user: SignedInUser, threadId: string, live: ThreadMessage[]) {
  const seen = new Set(live.map((message) => message.seq))
  let contiguous = 1
  while (seen.has(contiguous + 1)) contiguous++
  const fetched: ThreadMessage[] = []
  let after: string | null = String(contiguous)
  while (after) {
    const response = await t.app.inject({
      url: `/api/v1/threads/${threadId}/messages?after=${after}&limit=100`,
      headers: user.headers,
    })
    const page = response.json() as { items: ThreadMessage[]; nextCursor: string | null }
    fetched.push(...page.items)
    after = page.nextCursor
  }
  return fetched
}
