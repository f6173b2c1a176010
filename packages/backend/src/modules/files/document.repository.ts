import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { appointments, files } from '../../db/schema/index.ts'
import { newestFirst, olderThan } from '../../lib/keyset.ts'
import type { FileRow } from './file.repository.ts'

/** The session a document is linked to, with whose it is (a psychologist sees only theirs). */
export interface LinkedSession {
  id: string
  startsAt: Date
  psychologistId: string | null
}

export interface DocumentRow {
  file: FileRow
  session: LinkedSession | null
}

interface DocumentPage {
  before?: { createdAt: Date; id: string }
  limit: number
}

/** Only what its owner keeps: a ready document (not one being processed or withdrawn). */
const isReadyDocument = (ownerId: string) =>
  and(eq(files.ownerId, ownerId), eq(files.purpose, 'document'), eq(files.status, 'ready'))

/** An owner's ready documents, newest first, keyset-paged on (created_at, id). */
export async function listDocumentRows(
  db: Db,
  ownerId: string,
  page: DocumentPage,
): Promise<DocumentRow[]> {
  const rows = await db
    .select({
      file: files,
      sessionId: appointments.id,
      startsAt: appointments.scheduledAt,
      psychologistId: appointments.psychologistId,
    })
    .from(files)
    .leftJoin(appointments, eq(appointments.id, files.appointmentId))
    .where(
      and(
        isReadyDocument(ownerId),
        page.before ? olderThan(files.createdAt, files.id, page.before) : undefined,
      ),
    )
    .orderBy(...newestFirst(files.createdAt, files.id))
    .limit(page.limit + 1) // one more than asked: tells whether there is a next page
  return rows.map(({ file, sessionId, startsAt, psychologistId }) => ({
    file,
    session: sessionId && startsAt ? { id: sessionId, startsAt, psychologistId } : null,
  }))
}

/** Links (or with null unlinks) my ready document; undefined when it is no longer one. */
export async function setDocumentSession(
  db: Db,
  target: { id: string; ownerId: string; appointmentId: string | null },
): Promise<FileRow | undefined> {
  const [row] = await db
    .update(files)
    .set({ appointmentId: target.appointmentId })
    .where(and(eq(files.id, target.id), isReadyDocument(target.ownerId)))
    .returning()
  return row
}

/**
 * Deletes my ready document; the database's trigger queues its stored objects for removal in
 * the same transaction (0701_file_removals.sql). Undefined when it was not one.
 */
export async function deleteDocumentRow(
  db: Db,
  target: { id: string; ownerId: string },
): Promise<Pick<FileRow, 'storageKey' | 'fallbackKey'> | undefined> {
  const [row] = await db
    .delete(files)
    .where(and(eq(files.id, target.id), isReadyDocument(target.ownerId)))
    .returning({ storageKey: files.storageKey, fallbackKey: files.fallbackKey })
  return row
}
