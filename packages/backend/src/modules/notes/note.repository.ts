import { and, asc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { appointmentNoteAddenda, appointmentNotes } from '../../db/schema/index.ts'

export type NoteRow = typeof appointmentNotes.$inferSelect
export type AddendumRow = typeof appointmentNoteAddenda.$inferSelect

/** One sealed row of either table, as rotation sees it. */
export interface SealedRow {
  id: string
  keyId: string | null
  content: string
}

export async function insertNote(
  db: Db,
  values: typeof appointmentNotes.$inferInsert,
): Promise<NoteRow> {
  const [row] = await db.insert(appointmentNotes).values(values).returning()
  if (!row) throw new Error('note insert returned no row')
  return row
}

/**
 * Notes of one appointment the reader may see: shared ones, private ones by `authorId`, or
 * every note when `allPrivate` (admins). Private notes of others never leave the database.
 */
export function listNotes(
  db: Db,
  appointmentId: string,
  visibility: { sharedOnly: true } | { authorId: string; allPrivate: boolean },
): Promise<NoteRow[]> {
  const visible =
    'sharedOnly' in visibility
      ? eq(appointmentNotes.isPrivate, false)
      : visibility.allPrivate
        ? undefined
        : or(
            eq(appointmentNotes.isPrivate, false),
            eq(appointmentNotes.authorId, visibility.authorId),
          )
  return db
    .select()
    .from(appointmentNotes)
    .where(and(eq(appointmentNotes.appointmentId, appointmentId), visible))
    .orderBy(asc(appointmentNotes.createdAt), asc(appointmentNotes.id))
}

export async function findNote(
  db: Db,
  appointmentId: string,
  noteId: string,
): Promise<NoteRow | undefined> {
  const [row] = await db
    .select()
    .from(appointmentNotes)
    .where(and(eq(appointmentNotes.id, noteId), eq(appointmentNotes.appointmentId, appointmentId)))
    .limit(1)
  return row
}

export async function insertAddendum(
  db: Db,
  values: typeof appointmentNoteAddenda.$inferInsert,
): Promise<AddendumRow> {
  const [row] = await db.insert(appointmentNoteAddenda).values(values).returning()
  if (!row) throw new Error('addendum insert returned no row')
  return row
}

/** The addenda of these notes, oldest first. */
export function listAddenda(db: Db, noteIds: string[]): Promise<AddendumRow[]> {
  if (noteIds.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(appointmentNoteAddenda)
    .where(inArray(appointmentNoteAddenda.noteId, noteIds))
    .orderBy(asc(appointmentNoteAddenda.createdAt), asc(appointmentNoteAddenda.id))
}

/** Both tables that hold sealed clinical text; key rotation walks each the same way. */
export const SEALED_TABLES = [appointmentNotes, appointmentNoteAddenda] as const
export type SealedTable = (typeof SEALED_TABLES)[number]

export async function updateSealedContent(
  db: Db,
  table: SealedTable,
  id: string,
  sealed: { keyId: string; content: string },
): Promise<void> {
  await db
    .update(table)
    .set({ keyId: sealed.keyId, content: sealed.content })
    .where(eq(table.id, id))
}

const notUnder = (table: SealedTable, currentKeyId: string) =>
  sql`${table.keyId} IS DISTINCT FROM ${currentKeyId}`

/**
 * Rows not sealed under the current key (older keys, or legacy plaintext rows), locked for
 * re-sealing; rows another rotation holds are skipped, so two runs share the work.
 */
export function listSealedToRotate(
  db: Db,
  table: SealedTable,
  currentKeyId: string,
  limit: number,
): Promise<SealedRow[]> {
  return db
    .select({ id: table.id, keyId: table.keyId, content: table.content })
    .from(table)
    .where(notUnder(table, currentKeyId))
    .orderBy(asc(table.id))
    .limit(limit)
    .for('update', { skipLocked: true })
}

/** How many rows each older key id still seals (null: legacy plaintext). */
export function countSealedToRotate(db: Db, table: SealedTable, currentKeyId: string) {
  return db
    .select({ keyId: table.keyId, count: sql<number>`count(*)::int` })
    .from(table)
    .where(notUnder(table, currentKeyId))
    .groupBy(table.keyId)
}
