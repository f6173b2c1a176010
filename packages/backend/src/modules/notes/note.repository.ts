import { and, asc, eq, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { appointmentNotes } from '../../db/schema/index.ts'

export type NoteRow = typeof appointmentNotes.$inferSelect

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

export async function updateSealedContent(
  db: Db,
  id: string,
  sealed: { keyId: string; content: string },
): Promise<void> {
  await db
    .update(appointmentNotes)
    .set({ keyId: sealed.keyId, content: sealed.content })
    .where(eq(appointmentNotes.id, id))
}

const notUnder = (currentKeyId: string) =>
  sql`${appointmentNotes.keyId} IS DISTINCT FROM ${currentKeyId}`

/**
 * Notes not sealed under the current key (older keys, or legacy plaintext rows), locked for
 * re-sealing; rows another rotation holds are skipped, so two runs share the work.
 */
export function listNotesToRotate(db: Db, currentKeyId: string, limit: number) {
  return db
    .select()
    .from(appointmentNotes)
    .where(notUnder(currentKeyId))
    .orderBy(asc(appointmentNotes.id))
    .limit(limit)
    .for('update', { skipLocked: true })
}

/** How many notes each older key id still seals (null: legacy plaintext). */
export function countNotesToRotate(db: Db, currentKeyId: string) {
  return db
    .select({ keyId: appointmentNotes.keyId, count: sql<number>`count(*)::int` })
    .from(appointmentNotes)
    .where(notUnder(currentKeyId))
    .groupBy(appointmentNotes.keyId)
}
