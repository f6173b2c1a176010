import type { AuthContext } from '../../lib/auth-context.ts'

interface Entry {
  auth: AuthContext
  /** Epoch ms after which the entry is not used: its TTL, or the session's own deadline. */
  usableUntil: number
}

const DEFAULT_MAX_ENTRIES = 10_000

/**
 * Resolved sessions by token hash for a few seconds, so an authenticated request needs no
 * database round trip. Revocation, deactivation and permission changes call `invalidate*`
 * (and, across instances, reach here through SessionInvalidation). A generation counter keeps a
 * lookup that raced an invalidation from storing what it read before it.
 */
export class SessionCache {
  readonly #entries = new Map<string, Entry>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  #generation = 0

  constructor(ttlMs: number, maxEntries = DEFAULT_MAX_ENTRIES) {
    this.#ttlMs = ttlMs
    this.#maxEntries = maxEntries
  }

  get generation(): number {
    return this.#generation
  }

  get(tokenHash: string, now: number): AuthContext | undefined {
    const entry = this.#entries.get(tokenHash)
    if (!entry) return undefined
    if (entry.usableUntil > now) return entry.auth
    this.#entries.delete(tokenHash)
    return undefined
  }

  /** `deadline`: the session's absolute or idle end, whichever comes first. */
  set(tokenHash: string, auth: AuthContext, deadline: number, readAtGeneration: number): void {
    if (this.#ttlMs <= 0 || readAtGeneration !== this.#generation) return
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next()
      if (!oldest.done) this.#entries.delete(oldest.value)
    }
    const usableUntil = Math.min(Date.now() + this.#ttlMs, deadline)
    this.#entries.set(tokenHash, { auth, usableUntil })
  }

  invalidateSession(sessionId: string): void {
    this.#drop((auth) => auth.sessionId === sessionId)
  }

  invalidateUser(userId: string): void {
    this.#drop((auth) => auth.userId === userId)
  }

  /** Group grants changed: anyone's permissions may differ now. */
  invalidateAll(): void {
    this.#generation += 1
    this.#entries.clear()
  }

  #drop(matches: (auth: AuthContext) => boolean): void {
    this.#generation += 1
    for (const [hash, entry] of this.#entries) if (matches(entry.auth)) this.#entries.delete(hash)
  }
}
