import type { Redis } from 'ioredis'
import type { EncodedBody } from './encoded-body.ts'

export interface PersonPageCacheOptions {
  /** Names the Redis channel its invalidations go through: `${keyPrefix}${name}-invalidation`. */
  name: string
  /** How long a page is reused; 0 turns the cache off. */
  ttlMs: number
  redis?: Redis
  keyPrefix: string
  /** Entries kept at most, over every person and variant; the default suits pages. */
  maxEntries?: number
}

interface Entry<Value> {
  body: Value
  expiresAt: number
}

/** When a person or variant was last invalidated: a value computed before that is not kept. */
interface Invalidated {
  tick: number
  at: number
}

/** The variant of a page whose owner keeps only one (the thread list). */
const ONLY_VARIANT = ''

/**
 * The first page of each person's list (their threads, their notifications), as the JSON the
 * API answers, for a few seconds, in one or more variants per person (the notification list is
 * kept per language it is rendered in).
 * Kept as UTF-8 bytes (a string of mostly Persian text would be measured and encoded again on
 * every answer, which cost more than the rest of a cached request) and beside its compressed
 * forms, made once per entry for the clients that ask for them.
 * People open and refresh their list far more often than it changes, and every change goes
 * through the owning module's services, which drop the entries of everyone it concerns here
 * and, through Redis pub/sub, on every other instance. The TTL bounds what a missed
 * invalidation (Redis unreachable, a name changed elsewhere) can leave stale.
 */
export class PersonPageCache<Value = EncodedBody> {
  /** Pages by person, then by variant; people in the order their pages were last stored. */
  readonly #entries = new Map<string, Map<string, Entry<Value>>>()
  /** Pages stored, over every person and variant. */
  #size = 0
  /** Invalidation counter: a page computed before an invalidation of its user is not kept. */
  #clock = 0
  readonly #invalidatedAt = new Map<string, Invalidated>()
  readonly #variantInvalidatedAt = new Map<string, Invalidated>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  readonly #channel: string
  readonly #publisher?: Redis
  readonly #subscriber?: Redis
  /** Invalidated here this turn, still to be told to the other instances. */
  readonly #outgoing = new Set<string>()
  readonly #outgoingVariants = new Set<string>()
  /** Settles once what this turn invalidated has been handed to Redis. */
  #published?: Promise<void>

  constructor(options: PersonPageCacheOptions) {
    this.#ttlMs = options.ttlMs
    this.#maxEntries = options.maxEntries ?? MAX_ENTRIES
    // ioredis prefixes keys but not channel names, so the prefix is added here.
    this.#channel = `${options.keyPrefix}${options.name}-invalidation`
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

  get(userId: string, variant = ONLY_VARIANT): Value | undefined {
    const pages = this.#entries.get(userId)
    const entry = pages?.get(variant)
    if (!pages || !entry) return undefined
    if (entry.expiresAt > Date.now()) return entry.body
    pages.delete(variant)
    this.#size--
    if (pages.size === 0) this.#entries.delete(userId)
    return undefined
  }

  set(userId: string, body: Value, computedFrom: number, variant = ONLY_VARIANT): void {
    if (!this.enabled) return
    const invalidated = this.#invalidatedAt.get(userId)
    if (invalidated && invalidated.tick > computedFrom) return
    const variantInvalidated = this.#variantInvalidatedAt.get(variant)
    if (variantInvalidated && variantInvalidated.tick > computedFrom) return
    const pages = this.#entries.get(userId) ?? new Map<string, Entry<Value>>()
    this.#entries.delete(userId)
    this.#entries.set(userId, pages)
    if (!pages.has(variant)) this.#size++
    // A quarter of the time to live at random off each page, never added: pages filled at one
    // moment (an instance's first minute, everyone opening the app after a notification) would
    // otherwise all expire and be recomputed at one moment too.
    const lifeMs = this.#ttlMs * (0.75 + 0.25 * Math.random())
    pages.set(variant, { body, expiresAt: Date.now() + lifeMs })
    while (this.#size > this.#maxEntries) this.#dropOldest()
  }

  /**
   * Drops these people's pages (every variant) here at once and on other instances within a
   * round trip. What one event-loop turn invalidates goes out in one message: every message
   * sent invalidates its participants, and at 1,000 sends/s one PUBLISH each was 1,000 Redis
   * round trips and 1,000 deliveries per instance every second. The promise settles once Redis
   * has taken that message (at once without Redis); it never rejects, and most callers need not
   * wait for it.
   */
  invalidate(userIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(userIds)]
    if (!this.enabled || ids.length === 0) return Promise.resolve()
    this.#applyLocally(ids, this.#invalidatedAt, (id) => this.#forget(id))
    for (const id of ids) this.#outgoing.add(id)
    return this.#publishSoon()
  }

  /**
   * Drops one variant of every person (a file that was deleted, where the variant is a file id),
   * here at once and on other instances as `invalidate` does. Rare: it walks every person.
   */
  invalidateVariants(variants: Iterable<string>): Promise<void> {
    const ids = [...new Set(variants)]
    if (!this.enabled || ids.length === 0) return Promise.resolve()
    this.#applyLocally(ids, this.#variantInvalidatedAt, (id) => this.#forgetVariant(id))
    for (const id of ids) this.#outgoingVariants.add(id)
    return this.#publishSoon()
  }

  close(): void {
    this.#publishOutgoing()
    this.#subscriber?.disconnect()
  }

  #publishSoon(): Promise<void> {
    if (!this.#publisher) return Promise.resolve()
    this.#published ??= new Promise((resolve) => {
      setImmediate(() => {
        this.#published = undefined
        void this.#publishOutgoing().then(resolve)
      })
    })
    return this.#published
  }

  async #publishOutgoing(): Promise<void> {
    const messages: string[] = []
    if (this.#outgoing.size > 0) messages.push(JSON.stringify([...this.#outgoing]))
    if (this.#outgoingVariants.size > 0) {
      messages.push(JSON.stringify({ variants: [...this.#outgoingVariants] }))
    }
    this.#outgoing.clear()
    this.#outgoingVariants.clear()
    const publisher = this.#publisher
    if (!publisher) return
    await Promise.all(
      messages.map((message) => publisher.publish(this.#channel, message).catch(() => 0)),
    )
  }

  #applyLocally(ids: string[], records: Map<string, Invalidated>, forget: (id: string) => void) {
    const tick = ++this.#clock
    const at = Date.now()
    for (const id of ids) {
      forget(id)
      records.delete(id)
      records.set(id, { tick, at })
    }
    // Only pages still being computed need the record; none takes longer than the TTL.
    for (const [id, record] of records) {
      if (record.at > at - this.#ttlMs) break
      records.delete(id)
    }
  }

  /** People as an array (the thread list's format since the start), variants as `{ variants }`. */
  #applyRemote(message: string) {
    try {
      const parsed = JSON.parse(message) as unknown
      const strings = (ids: unknown) =>
        Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
      if (Array.isArray(parsed)) {
        this.#applyLocally(strings(parsed), this.#invalidatedAt, (id) => this.#forget(id))
        return
      }
      const variants = strings((parsed as { variants?: unknown } | null)?.variants)
      if (variants.length === 0) throw new Error('not an invalidation')
      this.#applyLocally(variants, this.#variantInvalidatedAt, (id) => this.#forgetVariant(id))
    } catch {
      // Something unreadable drops everything rather than risk keeping what it meant to drop.
      this.#entries.clear()
      this.#size = 0
    }
  }

  #forgetVariant(variant: string) {
    for (const [userId, pages] of this.#entries) {
      if (!pages.delete(variant)) continue
      this.#size--
      if (pages.size === 0) this.#entries.delete(userId)
    }
  }

  #forget(userId: string) {
    this.#size -= this.#entries.get(userId)?.size ?? 0
    this.#entries.delete(userId)
  }

  /** Drops the person whose pages were stored longest ago, all their variants with them. */
  #dropOldest() {
    const oldest = this.#entries.keys().next()
    if (!oldest.done) this.#forget(oldest.value)
  }
}

// A thread page is about 13 KB, and 2–3 KB per compressed form: bounded to tens of megabytes
// however many people are online.
const MAX_ENTRIES = 5_000
