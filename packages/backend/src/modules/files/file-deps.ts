import type { FastifyInstance } from 'fastify'
import type { FilesConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { createFileStorage } from '../../integrations/storage/create-file-storage.ts'
import type { FileStorage } from '../../integrations/storage/file-storage.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'
import type { SessionLinks } from '../sessions/session-link.service.ts'
import { personShownChanged } from '../users/person-shown.ts'
import { FileAccessCache } from './file-access-cache.ts'

const MIB = 1024 * 1024

interface Log {
  warn(object: object, message: string): void
}

/** What the files services need; tests build their own (another clock). */
export interface FileDeps {
  db: Db
  storage: FileStorage
  config: FilesConfig
  /**
   * What one person may keep per purpose, in bytes, at this moment: the admins' dynamic
   * configuration (files.quotaMbPerPurpose), read at each upload.
   */
  quotaBytesPerPurpose: () => number
  log: Log
  now: () => Date
  /** A person's avatar changed: lists that show them must not keep the old one. */
  shownChanged: (userId: string) => Promise<void>
  /** Allowed downloads, reused for a few seconds (file-access-cache.ts). */
  accessCache: FileAccessCache
  /** Signs links to files for bearer clients (file-link.service.ts). */
  links: Pick<SessionLinks, 'sign'>
}

// One per app (keyed by its Socket.IO server, as messaging's runtime is): the plugin and the
// tests that call services directly share its caches, so a drop reaches what the routes kept.
const depsByApp = new WeakMap<AppServer, FileDeps>()

export function fileDepsOf(app: FastifyInstance): FileDeps {
  const existing = depsByApp.get(app.io)
  if (existing) return existing
  const dynamic = dynamicConfigOf(app)
  const deps: FileDeps = {
    db: app.database.db,
    storage: createFileStorage(app.config.files.storage),
    config: app.config.files,
    quotaBytesPerPurpose: () => dynamic.get('files.quotaMbPerPurpose') * MIB,
    log: app.log,
    now: () => new Date(),
    shownChanged: (userId) => personShownChanged(app.io, userId),
    accessCache: new FileAccessCache({
      ttlMs: app.config.files.accessCacheMs,
      redis: app.redis,
      keyPrefix: app.config.redisKeyPrefix,
    }),
    links: app.identity.links,
  }
  depsByApp.set(app.io, deps)
  return deps
}
