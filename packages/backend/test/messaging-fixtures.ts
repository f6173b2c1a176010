import { randomInt, randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { ThreadDetails, ThreadMessage } from '@yektayar/shared'
import { io as connectClient, type Socket } from 'socket.io-client'
import type { SignedInUser } from './auth-fixtures.ts'
import type { TestApp } from './test-app.ts'

/** A confirmed appointment between them, at a random future hour so none overlap; its id. */
export async function createConfirmedAppointment(
  t: TestApp,
  patientId: string,
  psychologistId: string,
  status = 'confirmed',
): Promise<string> {
  const hoursAhead = randomInt(24, 24 * 365)
  const [row] = await t.database.query<{ id: string }>(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status)
     VALUES ($1, $2, date_trunc('hour', now()) + make_interval(hours => $3),
       date_trunc('hour', now()) + make_interval(hours => $3 + 1), $4)
     RETURNING id`,
    [patientId, psychologistId, hoursAhead, status],
  )
  if (!row) throw new Error('appointment insert returned no row')
  return row.id
}

export async function addDepartmentStaff(t: TestApp, department: string, userId: string) {
  await t.database.query(
    'INSERT INTO department_staff (department, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [department, userId],
  )
}

export async function startDepartmentThread(
  t: TestApp,
  user: SignedInUser,
  category = 'reception',
  content = 'سلام، یک سؤال دارم',
): Promise<{ thread: ThreadDetails; message: ThreadMessage }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/threads',
    headers: user.headers,
    payload: { kind: 'department', category, content },
  })
  if (response.statusCode !== 201) throw new Error(`create thread: ${response.body}`)
  return response.json()
}

export async function postMessage(
  t: TestApp,
  user: SignedInUser,
  threadId: string,
  content: string,
  clientId?: string,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/threads/${threadId}/messages`,
    headers: user.headers,
    payload: clientId ? { content, clientId } : { content },
  })
}

/** Starts the app on a random port (once) and answers its origin. */
export async function listen(t: TestApp): Promise<string> {
  if (!t.app.server.listening) await t.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = t.app.server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

const openSockets = new Set<Socket>()

/** A real socket.io-client over WebSocket, connected (or rejected) before it is answered. */
export async function connectSocket(
  origin: string,
  token: string | undefined,
  options: { origin?: string } = {},
): Promise<Socket> {
  const socket = connectClient(origin, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    extraHeaders: options.origin ? { origin: options.origin } : {},
    reconnection: false,
    forceNew: true,
  })
  openSockets.add(socket)
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', (error) => reject(error))
  })
  return socket
}

/**
 * A socket that reconnects by itself after a dropped transport, 1.5 s later exactly, asking
 * the server to recover its connection state (rooms and missed packets).
 */
export async function connectRecoverableSocket(origin: string, token: string): Promise<Socket> {
  const socket = connectClient(origin, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    reconnectionDelay: 1_500,
    randomizationFactor: 0,
    forceNew: true,
  })
  openSockets.add(socket)
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', (error) => reject(error))
  })
  return socket
}

/** Cuts the transport as a lost network would; the client reconnects on its own. */
export function dropConnection(socket: Socket): void {
  socket.io.engine.close()
}

export function closeAllSockets(): void {
  for (const socket of openSockets) socket.disconnect()
  openSockets.clear()
}

export function nextEvent<T = unknown>(
  socket: Socket,
  event: string,
  timeoutMs = 3_000,
  matches: (payload: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener)
      reject(new Error(`no ${event} within ${timeoutMs} ms`))
    }, timeoutMs)
    const listener = (payload: T) => {
      if (!matches(payload)) return
      clearTimeout(timer)
      socket.off(event, listener)
      resolve(payload)
    }
    socket.on(event, listener)
  })
}

/** Everything `socket` receives as `event` from now on. */
export function collect<T = unknown>(socket: Socket, event: string): T[] {
  const received: T[] = []
  socket.on(event, (payload: T) => received.push(payload))
  return received
}

export function ack<T = unknown>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<T>
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const clientId = () => randomUUID()
