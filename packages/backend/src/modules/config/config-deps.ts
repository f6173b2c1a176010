import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { findConfigRows } from './config.repository.ts'
import type { ConfigRegistry } from './config-key-definition.ts'
import { CONFIG_REGISTRY } from './config-registry.ts'
import { DynamicConfig } from './dynamic-config.ts'

/** What the configuration services need; tests build it the same way. */
export interface ConfigDeps {
  db: Db
  registry: ConfigRegistry
  reader: DynamicConfig
  /** The environment's settings, which some keys default to. */
  config: Config
}

/** Every instance re-reads the table this often, whether or not a Redis message arrived. */
const REFRESH_MS = 30_000

const readers = new WeakMap<AppServer, DynamicConfig>()

/**
 * This app's dynamic configuration: `dynamicConfigOf(app).get('companion.model')`, synchronous.
 * A module reading it lists 'config' among its dependencies, which loads it before that module.
 */
export function dynamicConfigOf(app: FastifyInstance): DynamicConfig {
  const reader = readers.get(app.io)
  if (!reader) throw new Error('the config module is not registered yet')
  return reader
}

/** Loads the configuration at boot and keeps it current until the app closes. */
export async function startDynamicConfig(
  app: FastifyInstance,
  registry: ConfigRegistry = CONFIG_REGISTRY,
): Promise<ConfigDeps> {
  const db = app.database.db
  const reader = new DynamicConfig({
    registry,
    config: app.config,
    load: (keys) => findConfigRows(db, keys),
    redis: app.redis,
    // ioredis prefixes keys but not channel names, so the prefix is added here.
    channel: `${app.config.redisKeyPrefix}config-changed`,
    refreshMs: REFRESH_MS,
    log: app.log,
  })
  await reader.start()
  readers.set(app.io, reader)
  app.addHook('onClose', async () => reader.close())
  return { db, registry, reader, config: app.config }
}
