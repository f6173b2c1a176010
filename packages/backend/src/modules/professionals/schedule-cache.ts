/**
 * A small time-bounded cache for what rarely changes (profiles, hours, session types,
 * holidays). Writes through this instance invalidate at once; another instance's writes show
 * within the TTL. Bookings never read from it: they load everything fresh inside their
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
