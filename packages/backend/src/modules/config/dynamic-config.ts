import type { FastifyBaseLogger } from 'fastify'
import type { Redis } from 'ioredis'
import type { Config } from '../../config/config.ts'
import type { StoredConfigRow } from './config.repository.ts'
import type { ConfigRegistry } from './config-key-definition.ts'
import type { ConfigKey, ConfigValue } from './config-registry.ts'
import { type ResolvedConfigValue, resolveAll } from './config-resolution.ts'

export interface DynamicConfigOptions {
  registry: ConfigRegistry
  /** The environment's settings: some keys default to them. */
  config: Config
  /** Reads the stored rows of these keys (the database). */
  load: (keys: string[]) => Promise<StoredConfigRow[]>
  /** With Redis, a change made on one instance reaches the others at once through this channel. */
  redis?: Redis
  channel: string
  /** The safety net: every instance re-reads the table this often, in case a message was lost. */
  refreshMs: number
  log: Pick<FastifyBaseLogger, 'warn'>
}

type Listener = () => void

/**
 * The dynamic configuration as this instance sees it: the registry's keys, resolved (a stored
 * value that passes its schema, else the default) and kept in memory, so reading a setting is a
 * Map lookup with no await. Loaded at boot; reloaded here at once after a change made here, on
 * the other instances when the change's Redis message arrives (and when their subscription
 * comes back after a Redis outage), and everywhere every `refreshMs` whatever happens.
 */
export class DynamicConfig {
  readonly #options: DynamicConfigOptions
  readonly #resolved = new Map<string, ResolvedConfigValue>()
  readonly #listeners = new Set<Listener>()
  /** Reloads started and the last one applied: an older read never replaces a newer one. */
  #started = 0
  #applied = 0
  #timer?: NodeJS.Timeout
  #subscriber?: Redis

  constructor(options: DynamicConfigOptions) {
    this.#options = options
    this.#apply([])
  }

  /** A registered key's value now, typed by its schema. */
  get<Key extends ConfigKey>(key: Key): ConfigValue<Key> {
    return this.resolve(key).value as ConfigValue<Key>
  }

  /** A key's value with where it comes from; throws for a key the registry does not have. */
  resolve(key: string): ResolvedConfigValue {
    const resolved = this.#resolved.get(key)
    if (!resolved) throw new Error(`config key ${key} is not registered`)
    return resolved
  }

  /** Called after any reload that changed a value (to rebuild what depends on one). */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  async reload(): Promise<void> {
    const attempt = ++this.#started
    const rows = await this.#options.load(Object.keys(this.#options.registry.keys))
    if (attempt < this.#applied) return
    this.#applied = attempt
    const before = JSON.stringify([...this.#resolved])
    this.#apply(rows)
    if (JSON.stringify([...this.#resolved]) === before) return
    for (const listener of this.#listeners) listener()
  }

  /** After a change has committed: applied here before this settles, then told to the others. */
  async changed(key: string): Promise<void> {
    await this.reload()
    await this.#options.redis?.publish(this.#options.channel, key).catch(() => 0)
  }

  /** Loads the stored values, then listens for changes. */
  async start(): Promise<void> {
    await this.reload()
    const { redis, channel, refreshMs } = this.#options
    this.#timer = setInterval(() => this.#reloadQuietly(), refreshMs)
    this.#timer.unref()
    if (!redis) return
    const subscriber = redis.duplicate()
    this.#subscriber = subscriber
    subscriber.on('error', () => undefined)
    subscriber.on('message', () => this.#reloadQuietly())
    // Messages sent while the subscription was down are lost: read everything again.
    subscriber.on('ready', () => this.#reloadQuietly())
    await subscriber.subscribe(channel).catch(() => undefined)
  }

  close(): void {
    clearInterval(this.#timer)
    this.#subscriber?.disconnect()
    this.#listeners.clear()
  }

  #reloadQuietly() {
    this.reload().catch((error: unknown) => {
      this.#options.log.warn({ err: error }, 'dynamic configuration reload failed; keeping values')
    })
  }

  #apply(rows: StoredConfigRow[]) {
    const { registry, config, log } = this.#options
    for (const [key, { refused, ...resolved }] of resolveAll(registry, rows, config)) {
      if (refused) log.warn({ key }, 'stored config value fails its schema; the default is used')
      this.#resolved.set(key, resolved)
    }
  }
}
