import { randomUUID } from 'node:crypto'

export type OutboxChannel = 'sms' | 'email'

export interface OutboxMessage {
  id: string
  channel: OutboxChannel
  to: string
  subject?: string
  text: string
  /** Why it was sent, e.g. `otp`; lets developers and e2e tests pick the message they need. */
  purpose: string
  /** ISO-8601, UTC. */
  createdAt: string
}

export type NewOutboxMessage = Omit<OutboxMessage, 'id' | 'createdAt'>

export interface DevOutboxOptions {
  capacity?: number
  now?: () => Date
  /** Told of every message as it arrives (main.ts prints sign-in codes on the console). */
  onAdd?: (message: OutboxMessage) => void
}

const DEFAULT_CAPACITY = 200

/**
 * Where the offline SMS and email senders deliver, read back through `GET /api/v1/dev/outbox`
 * outside production. Bounded so a long-running dev server or a load test cannot grow it
 * without limit; a class so every app instance and every test has its own.
 */
export class DevOutbox {
  readonly #capacity: number
  readonly #now: () => Date
  readonly #onAdd: ((message: OutboxMessage) => void) | undefined
  // Oldest first; trimmed from the front once full.
  #messages: OutboxMessage[] = []

  constructor(options: DevOutboxOptions = {}) {
    const capacity = options.capacity ?? DEFAULT_CAPACITY
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('DevOutbox capacity must be a positive integer')
    }
    this.#capacity = capacity
    this.#now = options.now ?? (() => new Date())
    this.#onAdd = options.onAdd
  }

  add(message: NewOutboxMessage): OutboxMessage {
    const stored: OutboxMessage = {
      ...message,
      id: randomUUID(),
      createdAt: this.#now().toISOString(),
    }
    this.#messages.push(stored)
    if (this.#messages.length > this.#capacity) {
      this.#messages.splice(0, this.#messages.length - this.#capacity)
    }
    this.#onAdd?.(stored)
    return stored
  }

  /** Newest first, so the latest code for a recipient is `list({ to })[0]`. */
  list(filter: { to?: string } = {}): OutboxMessage[] {
    const matching =
      filter.to === undefined ? this.#messages : this.#messages.filter((m) => m.to === filter.to)
    return matching.toReversed()
  }

  clear(): void {
    this.#messages = []
  }
}
