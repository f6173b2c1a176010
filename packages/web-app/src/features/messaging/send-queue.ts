import type { MessageAttachment } from '@yektayar/shared/types'

/**
 * The messages I wrote that the server has not acknowledged yet, as a pure value: every change
 * returns a new queue, so React can render it and tests can drive it without a socket.
 *
 * An item keeps its client id for life: however often it is sent again (a reconnect, a retry
 * button), the server answers the first result for that id, so the message exists once.
 */
export type OutgoingStatus = 'pending' | 'sending' | 'failed'

export interface OutgoingMessage {
  /** Generated here (crypto.randomUUID); the server's idempotency key. */
  clientId: string
  threadId: string
  /** Empty for a message of attachments only. */
  content: string
  /** Uploaded already; the message carries their ids. */
  attachments: MessageAttachment[]
  /** The person who wrote it: a queue never outlives its author's session. */
  authorId: string
  createdAt: string
  status: OutgoingStatus
  /** Times it was handed to the connection. */
  attempts: number
  /** Why it failed for good (the acknowledgement's error), until retried. */
  error: { code: string; message: string } | null
}

export type SendQueue = readonly OutgoingMessage[]

export const EMPTY_QUEUE: SendQueue = []

export interface NewOutgoing {
  clientId: string
  threadId: string
  content: string
  attachments?: MessageAttachment[]
  authorId: string
  createdAt: string
}

function update(
  queue: SendQueue,
  clientId: string,
  change: (item: OutgoingMessage) => OutgoingMessage,
) {
  return queue.map((item) => (item.clientId === clientId ? change(item) : item))
}

/** A new message waits to be sent; adding an id already queued changes nothing. */
export function addOutgoing(queue: SendQueue, message: NewOutgoing): SendQueue {
  if (queue.some((item) => item.clientId === message.clientId)) return queue
  const attachments = message.attachments ?? []
  return [...queue, { ...message, attachments, status: 'pending', attempts: 0, error: null }]
}

/** Handed to the connection; an acknowledgement (or its absence) decides what comes next. */
export function markSending(queue: SendQueue, clientId: string): SendQueue {
  return update(queue, clientId, (item) => ({
    ...item,
    status: 'sending',
    attempts: item.attempts + 1,
  }))
}

/** The server has it: it leaves the queue (the thread's messages show it from now on). */
export function ackOutgoing(queue: SendQueue, clientId: string): SendQueue {
  return queue.filter((item) => item.clientId !== clientId)
}

/**
 * No answer (the connection dropped, the acknowledgement timed out): back to pending, to be
 * sent again with the same id when the connection is back.
 */
export function requeueOutgoing(queue: SendQueue, clientId: string): SendQueue {
  return update(queue, clientId, (item) =>
    item.status === 'sending' ? { ...item, status: 'pending' } : item,
  )
}

/** The server refused it (closed thread, too long, rate limit…): only a person retries it. */
export function failOutgoing(
  queue: SendQueue,
  clientId: string,
  error: { code: string; message: string },
): SendQueue {
  return update(queue, clientId, (item) => ({ ...item, status: 'failed', error }))
}

/** The retry button: the same message, the same client id, pending again. */
export function retryOutgoing(queue: SendQueue, clientId: string): SendQueue {
  return update(queue, clientId, (item) =>
    item.status === 'failed' ? { ...item, status: 'pending', error: null } : item,
  )
}

/** Given up on by its author. */
export function discardOutgoing(queue: SendQueue, clientId: string): SendQueue {
  return queue.filter((item) => item.clientId !== clientId || item.status !== 'failed')
}

/** What to hand to the connection now: pending items, oldest first. */
export function dueForSending(queue: SendQueue): OutgoingMessage[] {
  return queue.filter((item) => item.status === 'pending')
}

/** One thread's unacknowledged messages, in the order they were written. */
export function outgoingIn(queue: SendQueue, threadId: string): OutgoingMessage[] {
  return queue.filter((item) => item.threadId === threadId)
}

/** Items of anyone but this person are dropped (someone else signed in on this device). */
export function keepAuthor(queue: SendQueue, authorId: string): SendQueue {
  return queue.every((item) => item.authorId === authorId)
    ? queue
    : queue.filter((item) => item.authorId === authorId)
}
