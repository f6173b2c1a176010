import type { FastifyInstance } from 'fastify'
import type { FilesConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import { createFileStorage } from '../../integrations/storage/create-file-storage.ts'
import type { FileStorage } from '../../integrations/storage/file-storage.ts'
import { personShownChanged } from '../users/person-shown.ts'

interface Log {
  warn(object: object, message: string): void
}

/** What the files services need; tests build their own (another clock). */
export interface FileDeps {
  db: Db
  storage: FileStorage
  config: FilesConfig
  log: Log
  now: () => Date
  /** A person's avatar changed: lists that show them must not keep the old one. */
  shownChanged: (userId: string) => Promise<void>
}

export function fileDepsOf(app: FastifyInstance): FileDeps {
  return {
    db: app.database.db,
    storage: createFileStorage(app.config.files.storage),
    config: app.config.files,
    log: app.log,
    now: () => new Date(),
    shownChanged: (userId) => personShownChanged(app.io, userId),
  }
}
