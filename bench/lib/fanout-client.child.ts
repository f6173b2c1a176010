import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { io, type Socket } from 'socket.io-client'
import {
  FANOUT_PREFIX,
  type FanoutMessage,
  type FanoutPlan,
  type FanoutReport,
} from './fanout-protocol.ts'
import { benchToken } from './messaging-seed-sql.ts'

// Epoch milliseconds with sub-millisecond precision, comparable across processes on one machine.
const now = () => performance.timeOrigin + performance.now()
const send = (message: FanoutMessage) => process.send?.(message)
const CONNECT_BATCH = 50
const ACK_TIMEOUT_MS = 10_000
// Silence that ends the drain after the last send (see drain).
const QUIET_MS = 2_000
/**
 * As the web app connects: polling first, then WebSocket. withCredentials keeps Apache's route
 * cookie across the polling requests as a browser does; the certificate is the self-signed one
 * of the bench's own Apache.
 */
const DEFAULT_TRANSPORTS = { withCredentials: true, rejectUnauthorized: false }
const WEBSOCKET_ONLY = { transports: ['websocket'] }

const report: FanoutReport = {
  connectErrors: 0,
  disconnects: 0,
  acked: 0,
  nacked: 0,
  received: 0,
  duplicates: 0,
  latenciesMs: [],
}
let measureFrom = Number.POSITIVE_INFINITY
/** Measured arrivals to wait for, when the parent sent them (see drain). */
let expected: number | undefined
let lastReceivedAt = 0
const seen = new Set<string>()

async function connect(plan: FanoutPlan) {
  const senders: { socket: Socket; threadId: string }[] = []
  for (let start = 0; start < plan.sockets.length; start += CONNECT_BATCH) {
    const batch = plan.sockets.slice(start, start + CONNECT_BATCH)
    await Promise.all(
      batch.map(async (entry) => {
        const socket = io(entry.origin, {
          ...(entry.defaultTransports ? DEFAULT_TRANSPORTS : WEBSOCKET_ONLY),
          auth: { token: benchToken(entry.user) },
          reconnection: false,
        })
        const up = await new Promise<boolean>((resolve) => {
          socket.once('connect', () => resolve(true))
          socket.once('connect_error', () => resolve(false))
        })
        if (!up) {
          report.connectErrors++
          return
        }
        socket.on('disconnect', () => report.disconnects++)
        if (entry.role === 'listener') {
          socket.on('notification:new', onNotification)
          return
        }
        await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('thread:join', { threadId: entry.threadId })
        if (entry.role === 'sender') senders.push({ socket, threadId: entry.threadId })
        else socket.on('message:new', onMessage)
      }),
    )
  }
  return senders
}

function onMessage(message: { id: string; content: string }) {
  onStamped(message.id, message.content)
}

/** The bench queued the notification with its queue time as the body (see notification-fanout). */
function onNotification(event: { notification: { id: string; body: string } }) {
  onStamped(event.notification.id, event.notification.body)
}

/** Counts one arrival whose text carries the time it was sent (or queued) at. */
function onStamped(id: string, text: string) {
  if (!text.startsWith(FANOUT_PREFIX)) return
  const sentAt = Number(text.slice(FANOUT_PREFIX.length))
  if (sentAt < measureFrom) return
  if (seen.has(id)) {
    report.duplicates++
    return
  }
  seen.add(id)
  lastReceivedAt = now()
  report.received++
  report.latenciesMs.push(now() - sentAt)
}

/**
 * Spreads the sends evenly over time, round-robin over this process's senders. `at` is an epoch
 * time from the parent, so every process starts, and starts measuring, at the same moment.
 */
async function drive(
  plan: FanoutPlan,
  senders: { socket: Socket; threadId: string }[],
  at: number,
) {
  measureFrom = at + plan.warmupMs
  const end = measureFrom + plan.durationMs
  let sent = 0
  let next = 0
  while (now() < end) {
    const due = Math.floor(((now() - at) * plan.sendsPerSecond) / 1000)
    for (; sent < due && senders.length > 0; sent++) {
      const sender = senders[next++ % senders.length]
      if (sender) fire(sender)
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await drain(plan.drainMs)
}

/**
 * After the last send, waits while messages are still arriving: until none has come for
 * QUIET_MS, or `capMs` at most. A fixed wait counted a message that an overloaded server
 * delivered 8 s late as lost; lost means it never came while the system was still busy. When
 * the bench itself sent (notifications it queued), it says how many to expect, and the drain
 * waits for exactly those: a queue backlog can hold the first one back longer than QUIET_MS.
 */
async function drain(capMs: number) {
  const giveUpAt = now() + capMs
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  await sleep(QUIET_MS)
  const listens = plan?.sockets.some((socket) => socket.role === 'listener')
  const waiting = () => {
    if (expected !== undefined) return report.received < expected
    return listens || now() - lastReceivedAt < QUIET_MS
  }
  while (now() < giveUpAt && waiting()) await sleep(100)
}

function fire({ socket, threadId }: { socket: Socket; threadId: string }) {
  const sentAt = now()
  const measured = sentAt >= measureFrom
  socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('message:send', {
      threadId,
      content: `${FANOUT_PREFIX}${sentAt}`,
      clientId: randomUUID(),
    })
    .then(
      (answer: { ok?: boolean }) => {
        if (measured) answer?.ok ? report.acked++ : report.nacked++
      },
      () => {
        if (measured) report.nacked++
      },
    )
}

let plan: FanoutPlan | undefined
let senders: { socket: Socket; threadId: string }[] = []
process.on('message', async (message: FanoutMessage) => {
  if (message.type === 'plan') {
    plan = message.plan
    senders = await connect(plan)
    send({ type: 'ready' })
  } else if (message.type === 'expect') {
    expected = message.count
  } else if (message.type === 'start' && plan) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(message.at - now(), 0)))
    await drive(plan, senders, message.at)
    send({ type: 'report', report })
    process.exit(0)
  }
})
