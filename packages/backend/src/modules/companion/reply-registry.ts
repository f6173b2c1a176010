import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import type { ReplyRun } from './reply-run.ts'

/**
 * The replies streaming on this instance, by conversation, and the slots for new ones (the
 * per-instance cap). A stop may reach any instance (the person's next request goes wherever the
 * balancer sends it), so with Redis a stop is also published on a channel every instance
 * listens to, and the one running that conversation's reply stops it. Without Redis there is
 * one instance and the map is enough.
 */
export class ReplyRegistry {
  readonly #runs = new Map<string, ReplyRun>()
  #reserved = 0
  readonly #redis?: Redis
  readonly #subscriber?: Redis
  readonly #channel: string

  constructor(options: { redis?: Redis; keyPrefix: string; log: FastifyBaseLogger }) {
    // ioredis prefixes keys but not channel names, so the prefix is added here.
    this.#channel = `${options.keyPrefix}companion-stop`
    if (!options.redis) return
    this.#redis = options.redis
    this.#subscriber = options.redis.duplicate()
    this.#subscriber.on('error', (error: unknown) => {
      options.log.warn({ err: error }, 'companion stop channel error')
    })
    this.#subscriber.on('message', (_channel, conversationId: string) => {
      this.#runs.get(conversationId)?.stop()
    })
    void this.#subscriber.subscribe(this.#channel).catch(() => undefined)
  }

  /** Holds a slot for a reply about to start; false when `max` are already streaming here. */
  reserve(max: number): boolean {
    if (this.#runs.size + this.#reserved >= max) return false
    this.#reserved += 1
    return true
  }

  /** Gives back a slot reserved for a reply that did not start. */
  release(): void {
    this.#reserved -= 1
  }

  /** The reserved slot becomes this run's until `remove`. */
  add(run: ReplyRun): void {
    this.#reserved -= 1
    this.#runs.set(run.conversationId, run)
  }

  remove(run: ReplyRun): void {
    if (this.#runs.get(run.conversationId) === run) this.#runs.delete(run.conversationId)
  }

  get(conversationId: string): ReplyRun | undefined {
    return this.#runs.get(conversationId)
  }

  get size(): number {
    return this.#runs.size
  }

  /** Stops the conversation's reply here and, through Redis, wherever it runs. */
  async stop(conversationId: string): Promise<void> {
    this.#runs.get(conversationId)?.stop()
    await this.#redis?.publish(this.#channel, conversationId)
  }

  /** At shutdown: every reply here stops, and is stored with what it has. */
  async stopAll(): Promise<void> {
    const runs = [...this.#runs.values()]
    for (const run of runs) run.stop()
    await Promise.all(runs.map((run) => run.final))
    this.#subscriber?.disconnect()
  }
}
