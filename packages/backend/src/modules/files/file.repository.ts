import { and, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { files } from '../../db/schema/index.ts'

export type FileRow = typeof files.$inferSelect
type FileInsert = typeof files.$inferInsert

export async function insertFile(db: Db, row: FileInsert): Promise<FileRow> {
  const [inserted] = await db.insert(files).values(row).returning()
  if (!inserted) throw new Error('file insert returned no row')
  return inserted
}

export async function findFile(db: Db, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id))
  return row
}

type Stored = Pick<
  FileRow,
  'size' | 'sha256' | 'fallbackKey' | 'fallbackSize' | 'width' | 'height' | 'mime'
>

export async function markReady(db: Db, id: string, stored: Stored): Promise<FileRow> {
  const [row] = await db
    .update(files)
    .set({ ...stored, status: 'ready' })
    .where(eq(files.id, id))
    .returning()
  if (!row) throw new Error('file vanished while stored')
  return row
}

export async function markRejected(db: Db, id: string): Promise<void> {
  await db.update(files).set({ status: 'rejected' }).where(eq(files.id, id))
}

/** Bytes one person keeps for one purpose, pending uploads included (rejected ones are not). */
export async function bytesHeld(db: Db, ownerId: string, purpose: string): Promise<number> {
  const [row] = await db
    .select({
      total: sql<string>`coalesce(sum(${files.size} + coalesce(${files.fallbackSize}, 0)), 0)`,
    })
    .from(files)
    .where(
      and(
        eq(files.ownerId, ownerId),
        eq(files.purpose, purpose),
        inArray(files.status, ['pending', 'ready']),
      ),
    )
  return Number(row?.total ?? 0)
}

/** A ready file of mine for this purpose, now in use; undefined when there is none. */
export async function useOwnFile(
  db: Db,
  target: { id: string; ownerId: string; purpose: string },
  now: Date,
): Promise<FileRow | undefined> {
  const [row] = await db
    .update(files)
    .set({ usedAt: sql`coalesce(${files.usedAt}, ${now.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(files.id, target.id),
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, target.purpose),
        eq(files.status, 'ready'),
      ),
    )
    .returning()
  return row
}

/** My other files of this purpose are no longer in use (a replaced avatar): the sweep takes them. */
export async function releaseOthers(
  db: Db,
  target: { keepId: string | null; ownerId: string; purpose: string },
): Promise<void> {
  await db
    .update(files)
    .set({ usedAt: null })
    .where(
      and(
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, target.purpose),
        target.keepId ? ne(files.id, target.keepId) : undefined,
        isNotNull(files.usedAt),
      ),
    )
}

/** Those of these files that are my ready attachments on no message, now on this one. */
export async function attachToMessage(
  db: Db,
  target: { ids: string[]; ownerId: string; messageId: string },
  now: Date,
): Promise<FileRow[]> {
  const rows = await db
    .update(files)
    .set({ messageId: target.messageId, usedAt: now })
    .where(
      and(
        inArray(files.id, target.ids),
        eq(files.ownerId, target.ownerId),
        eq(files.purpose, 'attachment'),
        eq(files.status, 'ready'),
        isNull(files.messageId),
      ),
    )
    .returning()
  return rows.sort(byUpload)
}

/**
 * Those of these files that are ready course media uploads, the claimer's own on no course or
 * already on this one, now on this course and in use.
 */
export function claimForCourse(
  db: Db,
  target: { ids: string[]; courseId: string; claimerId: string },
  now: Date,
): Promise<FileRow[]> {
  return db
    .update(files)
    .set({
      courseId: target.courseId,
      usedAt: sql`coalesce(${files.usedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(
      and(
        inArray(files.id, target.ids),
        eq(files.purpose, 'course_media'),
        eq(files.status, 'ready'),
        or(
          eq(files.courseId, target.courseId),
          and(isNull(files.courseId), eq(files.ownerId, target.claimerId)),
        ),
      ),
    )
    .returning()
}

const byUpload = (a: FileRow, b: FileRow) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)

/** These messages' attachments, in the order they were uploaded. */
export function listMessageFiles(db: Db, messageIds: string[]): Promise<FileRow[]> {
  return db
    .select()
    .from(files)
    .where(and(inArray(files.messageId, messageIds), eq(files.status, 'ready')))
    .orderBy(files.createdAt, files.id)
}

/**
 * What the sweep removes: uploads never used and failed ones written before `before`, and
 * attachments whose message was deleted (used, yet on no message), at once.
 */
export function listSweepable(db: Db, before: Date, limit: number) {
  const unused = and(
    lt(files.createdAt, before),
    or(isNull(files.usedAt), ne(files.status, 'ready')),
  )
  const orphaned = and(
    eq(files.purpose, 'attachment'),
    isNotNull(files.usedAt),
    isNull(files.messageId),
  )
  return db
    .select({ id: files.id, storageKey: files.storageKey, fallbackKey: files.fallbackKey })
    .from(files)
    .where(or(unused, orphaned))
    .orderBy(files.createdAt)
    .limit(limit)
}

export async function deleteFiles(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(files).where(inArray(files.id, ids))
}
