import type { Redis } from 'ioredis'
import type { EncodedBody } from './encoded-body.ts'

/**
 * The first page of each person's thread list, as the JSON the API answers, for a few seconds.
 * Kept as UTF-8 bytes (a string of mostly Persian text would be measured and encoded again on
 * every answer, which cost more than the rest of a cached request) and beside its compressed
 * forms, made once per entry for the clients that ask for them.
 * People open and refresh their list far more often than their threads change, and every
 * change goes through this module's services, which drop the entries of everyone it concerns
 * here and, through Redis pub/sub, on every other instance. The TTL bounds what a missed
 * invalidation (Redis unreachable, a name changed elsewhere) can leave stale.
 */
export class ThreadListCache {
  readonly #entries = new Map<string, { body: EncodedBody; expiresAt: number }>()
  /** Invalidation counter: a page computed before an invalidation of its user is not kept. */
  #clock = 0
  readonly #invalidatedAt = new Map<string, { tick: number; at: number }>()
  readonly #ttlMs: number
  readonly #channel: string
  readonly #publisher?: Redis
  readonly #subscriber?: Redis
  /** Invalidated here this turn, still to be told to the other instances. */
  readonly #outgoing = new Set<string>()

  constructor(options: { ttlMs: number; redis?: Redis; keyPrefix: string }) {
    this.#ttlMs = options.ttlMs
    // ioredis prefixes keys but not channel names, so the prefix is added here.
    this.#channel = `${options.keyPrefix}thread-list-invalidation`
    if (!options.redis || options.ttlMs === 0) return
    this.#publisher = options.redis
    this.#subscriber = options.redis.duplicate()
    this.#subscriber.on('error', () => undefined)
    this.#subscriber.on('message', (_channel, message) => this.#applyRemote(message))
    void this.#subscriber.subscribe(this.#channel).catch(() => undefined)
  }

  get enabled(): boolean {
    return this.#ttlMs > 0
  }

  /** The current tick: pass it back to `set` so an invalidation in between wins. */
  tick(): number {
    return this.#clock
  }

  get(userId: string): EncodedBody | undefined {
    const entry = this.#entries.get(userId)
    if (!entry) return undefined
    if (entry.expiresAt > Date.now()) return entry.body
    this.#entries.delete(userId)
    return undefined
  }

  set(userId: string, body: EncodedBody, computedFrom: number): void {
    if (!this.enabled) return
    const invalidated = this.#invalidatedAt.get(userId)
    if (invalidated && invalidated.tick > computedFrom) return
    this.#entries.delete(userId)
    this.#entries.set(userId, { body, expiresAt: Date.now() + this.#ttlMs })
    if (this.#entries.size > MAX_ENTRIES) this.#dropOldest()
  }

  /**
   * Drops these people's lists here at once and on other instances within a round trip. What
   * one event-loop turn invalidates goes out in one message: every message sent invalidates
   * its participants, and at 1,000 sends/s one PUBLISH each was 1,000 Redis round trips and
   * 1,000 deliveries per instance every second.
   */
  invalidate(userIds: Iterable<string>): void {
    const ids = [...new Set(userIds)]
    if (!this.enabled || ids.length === 0) return
    this.#applyLocally(ids)
    if (!this.#publisher) return
    if (this.#outgoing.size === 0) setImmediate(() => this.#publishOutgoing())
    for (const id of ids) this.#outgoing.add(id)
  }

  close(): void {
    this.#publishOutgoing()
    this.#subscriber?.disconnect()
  }

  #publishOutgoing() {
    if (this.#outgoing.size === 0) return
    const ids = [...this.#outgoing]
    this.#outgoing.clear()
    this.#publisher?.publish(this.#channel, JSON.stringify(ids)).catch(() => 0)
  }

  #applyLocally(userIds: string[]) {
    const tick = ++this.#clock
    const at = Date.now()
    for (const id of userIds) {
      this.#entries.delete(id)
      this.#invalidatedAt.delete(id)
      this.#invalidatedAt.set(id, { tick, at })
    }
    // Only pages still being computed need the record; none takes longer than the TTL.
    for (const [id, record] of this.#invalidatedAt) {
      if (record.at > at - this.#ttlMs) break
      this.#invalidatedAt.delete(id)
    }
  }

  #applyRemote(message: string) {
    try {
      const ids = JSON.parse(message) as unknown
      if (Array.isArray(ids)) this.#applyLocally(ids.filter((id) => typeof id === 'string'))
    } catch {
      this.#entries.clear()
    }
  }

  #dropOldest() {
    const oldest = this.#entries.keys().next()
    if (!oldest.done) this.#entries.delete(oldest.value)
  }
}

// About 13 KB each, and 2–3 KB per compressed form: bounded to tens of megabytes however many
// people are online.
const MAX_ENTRIES = 5_000
