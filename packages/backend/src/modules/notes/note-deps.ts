import type { FastifyInstance } from 'fastify'
import type { NotesKey } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'

/** What the notes services need: the database and the keys that seal and open notes. */
export interface NoteDeps {
  db: Db
  keys: NotesKey[]
}

export function noteDepsOf(app: FastifyInstance): NoteDeps {
  return { db: app.database.db, keys: app.config.care.notesKeys }
}
