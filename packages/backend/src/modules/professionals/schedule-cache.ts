/**
 * A small time-bounded cache for what rarely changes (profiles, hours, session types,
 * holidays). Writes through this instance invalidate at once; another instance's writes show
 * within the TTL, except holidays, whose changes every instance hears through Redis
 * (forgetHolidays in schedule.service.ts). Bookings never read from it: they load everything fresh inside their
 * transaction, so a stale entry can only show a slot that booking then refuses.
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>()

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.#entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: V, now = Date.now()): void {
    if (this.#entries.size >= this.maxEntries) this.#entries.clear()
    this.#entries.set(key, { value, expiresAt: now + this.ttlMs })
  }

  delete(key: string): void {
    this.#entries.delete(key)
  }
}

/**
 * Per-psychologist entries, so every answer about one psychologist can be dropped at once when
 * this instance books, cancels or moves one of their appointments.
 */
export class GroupedTtlCache<V> {
  readonly #groups = new Map<string, TtlCache<V>>()

  constructor(
    readonly ttlMs: number,
    readonly maxGroups = 10_000,
  ) {}

  get(group: string, key: string): V | undefined {
    return this.#groups.get(group)?.get(key)
  }

  set(group: string, key: string, value: V): void {
    let entries = this.#groups.get(group)
    if (!entries) {
      if (this.#groups.size >= this.maxGroups) this.#groups.clear()
      entries = new TtlCache<V>(this.ttlMs, 100)
      this.#groups.set(group, entries)
    }
    entries.set(key, value)
  }

  deleteGroup(group: string): void {
    this.#groups.delete(group)
  }

  clear(): void {
    this.#groups.clear()
  }
}
