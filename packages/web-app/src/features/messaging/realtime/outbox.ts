import type { MessageAttachment, ThreadMessage } from '@yektayar/shared/types'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import {
  ackOutgoing,
  addOutgoing,
  discardOutgoing,
  dueForSending,
  EMPTY_QUEUE,
  failOutgoing,
  keepAuthor,
  markSending,
  requeueOutgoing,
  retryOutgoing,
  type SendQueue,
} from '../send-queue.ts'
import { emitWithAck, messagingSocket } from './messaging-socket.ts'

/**
 * Sends what I write over the socket and keeps it until the server acknowledges it. Lives for
 * the whole app (a message written just before leaving the page still goes out). Nothing is
 * handed to the socket while offline: Socket.IO would buffer it and send it on reconnect, and
 * our own resend of the same client id would then be a second copy on the wire (harmless, the
 * server answers the first result, but pointless).
 */
let queue: SendQueue = EMPTY_QUEUE
let author: string | undefined
let wired = false
let retryTimer: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<() => void>()
const deliveredListeners = new Set<(message: ThreadMessage) => void>()

const RETRY_AFTER_TIMEOUT_MS = 3_000

function set(next: SendQueue) {
  if (next === queue) return
  queue = next
  for (const listener of listeners) listener()
}

function online(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine
}

function wire() {
  if (wired) return
  wired = true
  messagingSocket().on('connect', flush)
  window.addEventListener('online', flush)
}

function flush() {
  const socket = messagingSocket()
  if (!socket.connected || !online()) return
  for (const item of dueForSending(queue)) void deliver(item.clientId)
}

async function deliver(clientId: string) {
  const item = queue.find((candidate) => candidate.clientId === clientId)
  if (item?.status !== 'pending') return
  set(markSending(queue, clientId))
  const payload = {
    threadId: item.threadId,
    clientId,
    ...(item.content ? { content: item.content } : {}),
    ...(item.attachments.length ? { attachmentIds: item.attachments.map(({ id }) => id) } : {}),
  }
  try {
    const ack = await emitWithAck('message:send', payload)
    if (ack.ok) {
      // Into the conversation first, then out of the queue: never a moment with neither.
      for (const listener of deliveredListeners) listener(ack.data.message)
      set(ackOutgoing(queue, clientId))
      // A patient's words the safety module judged at risk: the card, at once (DESIGN §11).
      showSafetyDecision(ack.data.safety)
    } else {
      set(failOutgoing(queue, clientId, ack.error))
    }
  } catch {
    // No answer in time: the connection is probably gone. Same id again once it is back.
    set(requeueOutgoing(queue, clientId))
    clearTimeout(retryTimer)
    retryTimer = setTimeout(flush, RETRY_AFTER_TIMEOUT_MS)
  }
}

/** A fresh idempotency key; crypto.randomUUID where the page is a secure context. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export const outbox = {
  subscribe(listener: () => void) {
    wire()
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  snapshot: (): SendQueue => queue,
  /** Who is signed in: anything another person left unsent is dropped, never sent as me. */
  setAuthor(authorId: string) {
    author = authorId
    set(keepAuthor(queue, authorId))
  },
  /** `content` may be empty when attachments go with it. */
  send(threadId: string, content: string, attachments: MessageAttachment[] = []): string {
    if (!author) throw new Error('outbox: nobody is signed in')
    wire()
    const clientId = newClientId()
    const createdAt = new Date().toISOString()
    const message = { clientId, threadId, content, attachments, authorId: author, createdAt }
    set(addOutgoing(queue, message))
    flush()
    return clientId
  },
  retry(clientId: string) {
    set(retryOutgoing(queue, clientId))
    flush()
  },
  discard(clientId: string) {
    set(discardOutgoing(queue, clientId))
  },
  /** Every acknowledged message, for the conversation caches. */
  onDelivered(listener: (message: ThreadMessage) => void) {
    deliveredListeners.add(listener)
    return () => {
      deliveredListeners.delete(listener)
    }
  },
}
