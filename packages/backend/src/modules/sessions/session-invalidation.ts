import type { Redis } from 'ioredis'
import type { SessionCache } from './session-cache.ts'

type Invalidation = { kind: 'session' | 'user'; id: string } | { kind: 'all' }

/**
 * Drops cached sessions here at once and, with Redis, on every other instance through pub/sub,
 * so a revoked session or a deactivated user stops working everywhere within one round trip
 * rather than after the cache TTL.
 */
export class SessionInvalidation {
  readonly #cache: SessionCache
  readonly #publisher?: Redis
  readonly #subscriber?: Redis
  readonly #channel: string

  constructor(cache: SessionCache, redis: Redis | undefined, keyPrefix: string) {
    this.#cache = cache
    // ioredis prefixes keys but not channel names, so the prefix is added here.
    this.#channel = `${keyPrefix}session-invalidation`
    if (!redis) return
    this.#publisher = redis
    this.#subscriber = redis.duplicate()
    this.#subscriber.on('message', (_channel, message) => this.#apply(message))
    void this.#subscriber.subscribe(this.#channel).catch(() => {})
  }

  session(id: string): Promise<void> {
    return this.#broadcast({ kind: 'session', id })
  }

  user(id: string): Promise<void> {
    return this.#broadcast({ kind: 'user', id })
  }

  all(): Promise<void> {
    return this.#broadcast({ kind: 'all' })
  }

  /** Resolves once this instance listens, so tests can publish right after start-up. */
  async ready(): Promise<void> {
    if (!this.#subscriber) return
    if (this.#subscriber.status !== 'ready') {
      await new Promise<void>((resolve) => this.#subscriber?.once('ready', () => resolve()))
    }
    await this.#subscriber.subscribe(this.#channel)
  }

  close(): void {
    this.#subscriber?.disconnect()
  }

  async #broadcast(message: Invalidation): Promise<void> {
    this.#applyLocally(message)
    // With Redis unreachable, other instances keep a cached entry for at most the cache TTL;
    // failing the revocation itself (already committed) would help nobody.
    await this.#publisher?.publish(this.#channel, JSON.stringify(message)).catch(() => 0)
  }

  #apply(raw: string): void {
    try {
      this.#applyLocally(JSON.parse(raw) as Invalidation)
    } catch {
      // A malformed message drops everything rather than risk keeping a revoked session.
      this.#cache.invalidateAll()
    }
  }

  #applyLocally(message: Invalidation): void {
    if (message.kind === 'session') this.#cache.invalidateSession(message.id)
    else if (message.kind === 'user') this.#cache.invalidateUser(message.id)
    else this.#cache.invalidateAll()
  }
}
