import type { Redis } from 'ioredis'

/**
 * "Drop what you cached about X" for every instance: applied here at once and, with Redis,
 * published so the other instances apply it within one round trip instead of after their
 * cache TTL (the pattern of sessions/session-invalidation.ts, for caches without identities).
 */
export class CacheBroadcast {
  readonly #channel: string
  readonly #publisher?: Redis
  readonly #subscriber?: Redis

  constructor(
    redis: Redis | undefined,
    /** The full channel name; ioredis prefixes keys, not channels, so include the key prefix. */
    channel: string,
    readonly forget: () => void,
  ) {
    this.#channel = channel
    if (!redis) return
    this.#publisher = redis
    this.#subscriber = redis.duplicate()
    this.#subscriber.on('message', () => this.forget())
    void this.#subscriber.subscribe(this.#channel).catch(() => {})
  }

  /** Forget here, then tell the others; an unreachable Redis leaves them to their TTL. */
  async announce(): Promise<void> {
    this.forget()
    await this.#publisher?.publish(this.#channel, '1').catch(() => 0)
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
}
